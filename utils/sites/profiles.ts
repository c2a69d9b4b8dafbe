import type { SiteProfile, UiLanguage } from '../model';
import { aliexpressProfile } from './aliexpress/profile';
import { amazonProfile } from './amazon/profile';
import { douyinProfile } from './douyin/profile';
import { jdProfile } from './jd/profile';
import { kuaishouProfile } from './kuaishou/profile';
import { lazadaProfile } from './lazada/profile';
import { pinduoduoProfile } from './pinduoduo/profile';
import { pageTest } from './page-pattern';
import { regionOfHost } from './regions';
import { shopeeProfile } from './shopee/profile';
import { taobaoProfile } from './taobao/profile';
import { tiktokShopProfile } from './tiktok-shop/profile';
import { wechatStoreProfile } from './wechat-store/profile';
import { wishProfile } from './wish/profile';

/**
 * Every built-in marketplace's facts, without its adapters: what features on a seller page read (names, zones,
 * currencies, remark rules). A site's content script holds all profiles (data, a few kB) but only its own adapters;
 * `utils/sites/index.ts` holds the adapters and checks (structure test) that both lists name the same sites.
 */
export const PROFILES: readonly SiteProfile[] = [
  pinduoduoProfile,
  douyinProfile,
  kuaishouProfile,
  jdProfile,
  wechatStoreProfile,
  taobaoProfile,
  shopeeProfile,
  tiktokShopProfile,
  amazonProfile,
  aliexpressProfile,
  lazadaProfile,
  wishProfile,
];

let customProfiles: readonly SiteProfile[] = [];

/** The lead's own sites' profiles, known from now on beside the built-in ones (set by `registerCustomSites`). */
export function registerCustomProfiles(profiles: readonly SiteProfile[]): void {
  customProfiles = profiles;
}

/** A site's profile, built-in or a lead's; undefined for an id none has (a row from a newer build). */
export function siteProfile(id: string | undefined): SiteProfile | undefined {
  return PROFILES.find((p) => p.id === id) ?? customProfiles.find((p) => p.id === id);
}

/** Built-in profiles and the lead's own, for lists a lead picks a site from. */
export const allProfiles = (): SiteProfile[] => [...PROFILES, ...customProfiles];

/** A site's name in the UI language; the id itself for a site no profile names. */
export function siteName(id: string, lang: UiLanguage): string {
  return siteProfile(id)?.name[lang] ?? id;
}

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

let builtInTests: ((url: URL) => boolean)[] | undefined;

/** Whether a built-in page kind claims this URL (a lead's site never takes a page a marketplace's own script reads). */
export function builtInPageAt(url: URL): boolean {
  builtInTests ??= PROFILES.flatMap((p) => p.pages.map(pageTest));
  return builtInTests.some((test) => test(url));
}
