import type { SiteAdapter } from '@/utils/sites/types';
import type { PageSources } from './run-content-script';

/** A built-in site's script: its adapters, fixed at build time. */
export const siteSources = (adapters: readonly SiteAdapter[]): PageSources => ({
  adapterFor: (url) => adapters.find((a) => a.isPage(url)),
  follow: (changed) => {
    changed();
    return () => {};
  },
});
