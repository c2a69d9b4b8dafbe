import type { CustomSite } from '../model';
import { customSiteModule } from './custom';
import { registerCustomProfiles } from './profiles';
import type { SiteAdapter, SiteModule } from './types';

let customSites: readonly SiteModule[] = [];

/**
 * The lead's own sites (team policy), known from now on beside the built-in ones: their pages get adapters, their
 * ids profiles. A definition that no longer makes a profile (edited by hand) is skipped, never thrown.
 */
export function registerCustomSites(sites: readonly CustomSite[]): readonly SiteModule[] {
  customSites = sites.flatMap((site) => {
    try {
      return [customSiteModule(site)];
    } catch {
      return [];
    }
  });
  registerCustomProfiles(customSites.map((s) => s.profile));
  return customSites;
}

/** The adapters of the lead's sites registered last. */
export const customAdapters = (): readonly SiteAdapter[] => customSites.flatMap((s) => s.adapters);
