import type { SiteProfile, UiLanguage } from '../model';
import { douyin } from './douyin';
import { jd } from './jd';
import { kuaishou } from './kuaishou';
import { wechatStore } from './wechat-store';
import { pinduoduo } from './pinduoduo';
import { taobao } from './taobao';
import type { SiteAdapter, SiteModule } from './types';

/** Every built-in marketplace. Adding one is a folder beside this file and a line here (CONTRIBUTING.md). */
export const SITES: readonly SiteModule[] = [pinduoduo, douyin, kuaishou, jd, wechatStore, taobao];

export const ADAPTERS: readonly SiteAdapter[] = SITES.flatMap((s) => s.adapters);
export const PROFILES: readonly SiteProfile[] = SITES.map((s) => s.profile);

/** The adapter for a page, or undefined when no adapter knows this URL (the panel then stays away). */
export function adapterFor(url: URL, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | undefined {
  return adapters.find((a) => a.isPage(url));
}

/** A site's profile; undefined for an id no built-in site has (a row from a newer build, a lead's custom site). */
export function siteProfile(id: string | undefined): SiteProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** A site's name in the UI language; the id itself for a site no profile names. */
export function siteName(id: string, lang: UiLanguage): string {
  return siteProfile(id)?.name[lang] ?? id;
}

/** Every page an adapter knows, for the content script's manifest entry. */
export const ALL_MATCHES = [...new Set(ADAPTERS.flatMap((a) => a.matches))];

export type { SiteAdapter, SiteModule } from './types';

/** The zone a site's page works in: its market's for a regional host, else the profile's; China time for unknown sites. */
export function siteTimeZone(site: string | undefined, pageUrl?: string): string {
  const profile = siteProfile(site);
  if (!profile) return 'Asia/Shanghai';
  if (pageUrl && profile.regions.length) {
    const host = URL.canParse(pageUrl) ? new URL(pageUrl).hostname : '';
    const region = profile.regions.find((r) => host === r.host || host.endsWith(`.${r.host}`));
    if (region) return region.timeZone;
  }
  return profile.timeZone;
}
