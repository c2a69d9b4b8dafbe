import type { SiteModule } from '@/utils/sites/types';

/*
 * The manifest side of a content script, kept apart from its `main`: WXT reads an entrypoint's options in Node with
 * the `main` stripped, so this module must not import the runtime (utils/content-script/run-content-script.tsx).
 */

const common = {
  cssInjectionMode: 'ui' as const,
  // WXT would otherwise post the extension id and its "script started" signal to the page (see page-guard.ts).
  noScriptStartedPostMessage: true,
};

/**
 * One marketplace's content script (`entrypoints/<site>.content.ts`): injected where its page kinds live (each
 * profile page's `inject`, else `match`), holding that site's adapters and the shared core, never another site's.
 */
export const siteScriptOptions = (site: SiteModule) => ({ matches: [...new Set(site.adapters.flatMap((a) => a.matches))], ...common });

/** The lead's sites' script: not in the manifest; the background registers it on the origins a lead taught. */
export const leadSitesScriptOptions = () => ({ registration: 'runtime' as const, matches: [] as string[], ...common });
