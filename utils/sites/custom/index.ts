import type { CustomSite } from '../../model';
import type { SiteModule } from '../types';
import { customChat } from './chat';
import { customOrders } from './orders';
import { customProfile } from './profile';

/** A lead's site as a site module: its profile and one adapter per page the lead defined. */
export function customSiteModule(site: CustomSite): SiteModule {
  const profile = customProfile(site);
  return { profile, adapters: site.pages.map((page) => (page.kind === 'chat' ? customChat(profile, page) : customOrders(profile, page))) };
}

export { matchesPattern, originPattern, suggestPattern } from './url-pattern';
