/*
 * The manifest side of a content script, kept apart from its `main`: WXT reads an entrypoint's options in Node with
 * the `main` stripped, and bundles them into the script, so this module imports nothing (a site's profile would bring
 * zod and the model into its first script). The build fills each site's `matches` (build/site-script-matches.ts).
 */

const common = {
  cssInjectionMode: 'ui' as const,
  // WXT would otherwise post the extension id and its "script started" signal to the page (see page-guard.ts).
  noScriptStartedPostMessage: true,
};

/**
 * One marketplace's first script (`entrypoints/<site>.content.ts`): injected where its page kinds live (each profile
 * page's `inject`, else `match`, filled in at build time by `siteScriptMatches`), holding no adapter of any site.
 */
export const siteScriptOptions = (site: string) => ({ matches: [] as string[], ...common, site });

/** The lead's sites' script: not in the manifest; the background registers it on the origins a lead taught. */
export const leadSitesScriptOptions = () => ({ registration: 'runtime' as const, matches: [] as string[], ...common });
