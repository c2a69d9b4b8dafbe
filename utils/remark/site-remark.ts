import type { RemarkFormat } from '../model/remark-format';
import { PROFILES, siteProfile } from '../sites/profiles';

/** Where a site has no profile (a lead's custom site), the length the common platforms share. */
const FALLBACK_MAX_LENGTH = 500;

/** The flag names a site offers: the shop's own choice for that site, else the platform's (its profile). */
export function siteFlags(format: RemarkFormat, site: string): string[] {
  return format.flags[site] ?? siteProfile(site)?.remark.flags.map((f) => f.name) ?? [];
}

/** The longest remark a site takes: the shop's stricter limit, else the platform's. */
export function siteRemarkLimit(format: RemarkFormat, site: string): number {
  return format.maxLength[site] ?? siteProfile(site)?.remark.maxLength ?? FALLBACK_MAX_LENGTH;
}

/** Every flag name any site offers, for reading a line without knowing its site. */
export function knownFlags(format: RemarkFormat): Set<string> {
  return new Set([...Object.values(format.flags).flat(), ...PROFILES.flatMap((p) => p.remark.flags.map((f) => f.name))]);
}
