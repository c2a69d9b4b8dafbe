import type { CustomSite, SiteProfile, UiLanguage } from '../model';
import { customSiteModule } from './custom';
import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { douyin } from './douyin';
import { jd } from './jd';
import { kuaishou } from './kuaishou';
import { lazada } from './lazada';
import { wechatStore } from './wechat-store';
import { pinduoduo } from './pinduoduo';
import { shopee } from './shopee';
import { taobao } from './taobao';
import { tiktokShop } from './tiktok-shop';
import { wish } from './wish';
import { regionOfHost } from './regions';
import type { SiteAdapter, SiteModule } from './types';

/** Every built-in marketplace. Adding one is a folder beside this file and a line here (CONTRIBUTING.md). */
export const SITES: readonly SiteModule[] = [pinduoduo, douyin, kuaishou, jd, wechatStore, taobao, shopee, tiktokShop, amazon, aliexpress, lazada, wish];

export const ADAPTERS: readonly SiteAdapter[] = SITES.flatMap((s) => s.adapters);
export const PROFILES: readonly SiteProfile[] = SITES.map((s) => s.profile);

let customSites: readonly SiteModule[] = [];

/**
 * The lead's own sites (team policy), known from now on beside the built-in ones: their pages get adapters, their
 * ids profiles. A definition that no longer makes a profile (edited by hand) is skipped, never thrown.
 */
export function registerCustomSites(sites: readonly CustomSite[]): void {
  customSites = sites.flatMap((site) => {
    try {
      return [customSiteModule(site)];
    } catch {
      return [];
    }
  });
}

/** The adapter for a page, or undefined when no adapter knows this URL (the panel then stays away). Built-in sites first. */
export function adapterFor(url: URL, adapters: readonly SiteAdapter[] = [...ADAPTERS, ...customSites.flatMap((s) => s.adapters)]): SiteAdapter | undefined {
  return adapters.find((a) => a.isPage(url));
}

/** A site's profile, built-in or a lead's; undefined for an id none has (a row from a newer build). */
export function siteProfile(id: string | undefined): SiteProfile | undefined {
  return PROFILES.find((p) => p.id === id) ?? customSites.find((s) => s.profile.id === id)?.profile;
}

/** Built-in profiles and the lead's own, for lists a lead picks a site from. */
export const allProfiles = (): SiteProfile[] => [...PROFILES, ...customSites.map((s) => s.profile)];

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
