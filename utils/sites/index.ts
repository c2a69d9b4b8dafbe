import type { SiteProfile, UiLanguage } from '../model';
import { amazon } from './amazon';
import { douyin } from './douyin';
import { jd } from './jd';
import { kuaishou } from './kuaishou';
import { wechatStore } from './wechat-store';
import { pinduoduo } from './pinduoduo';
import { shopee } from './shopee';
import { taobao } from './taobao';
import { tiktokShop } from './tiktok-shop';
import { regionOfHost } from './regions';
import type { SiteAdapter, SiteModule } from './types';

/** Every built-in marketplace. Adding one is a folder beside this file and a line here (CONTRIBUTING.md). */
export const SITES: readonly SiteModule[] = [pinduoduo, douyin, kuaishou, jd, wechatStore, taobao, shopee, tiktokShop, amazon];

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

/** The market a page belongs to, for a site with markets on their own hosts (Shopee, TikTok Shop, Amazon). */
export function siteRegion(site: string | undefined, pageUrl?: string): SiteProfile['regions'][number] | undefined {
  const profile = siteProfile(site);
  if (!profile?.regions.length || !pageUrl || !URL.canParse(pageUrl)) return undefined;
  return regionOfHost(profile, new URL(pageUrl).hostname);
}

/** The currency a site's page shows amounts in: its market's, else the profile's. */
export function siteCurrency(site: string | undefined, pageUrl?: string): string {
  return siteRegion(site, pageUrl)?.currency ?? siteProfile(site)?.currency ?? 'CNY';
}

/** The zone a site's page works in: its market's for a regional host, else the profile's; China time for unknown sites. */
export function siteTimeZone(site: string | undefined, pageUrl?: string): string {
  return siteRegion(site, pageUrl)?.timeZone ?? siteProfile(site)?.timeZone ?? 'Asia/Shanghai';
}
