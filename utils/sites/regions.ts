import type { SiteProfile } from '../model';

/** The profile's market for a page host (Shopee's seller.shopee.co.id …): the host itself or a subdomain of it. */
export function regionOfHost(profile: Pick<SiteProfile, 'regions'>, hostname: string): SiteProfile['regions'][number] | undefined {
  return profile.regions.find((r) => hostname === r.host || hostname.endsWith(`.${r.host}`));
}
