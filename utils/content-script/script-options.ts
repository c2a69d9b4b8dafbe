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
 * One marketplace's first script (`entrypoints/<site>.content.ts`): injected where the page kinds of the profile named
 * like the file live (each page's `inject`, else `match`, filled in at build time by `fillSiteScriptMatches`).
 */
export const siteScriptOptions = () => ({ matches: [] as string[], ...common, siteScript: true });

/** The lead's sites' script: not in the manifest; the background registers it on the origins a lead taught. */
export const leadSitesScriptOptions = () => ({ registration: 'runtime' as const, matches: [] as string[], ...common });
