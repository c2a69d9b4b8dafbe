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
import { customAdapters } from './custom-sites';
import { PROFILES } from './profiles';
import type { SiteAdapter, SiteModule } from './types';

/**
 * Every built-in marketplace with its adapters. Adding one is a folder beside this file, a line here, a line in
 * `profiles.ts` and its content script `entrypoints/<site>.content.ts` (CONTRIBUTING.md). Seller pages never load
 * this list: each site's content script imports its own module only (`utils/content-script/`).
 */
export const SITES: readonly SiteModule[] = [pinduoduo, douyin, kuaishou, jd, wechatStore, taobao, shopee, tiktokShop, amazon, aliexpress, lazada, wish];

export const ADAPTERS: readonly SiteAdapter[] = SITES.flatMap((s) => s.adapters);

/** The adapter for a page, or undefined when no adapter knows this URL (the panel then stays away). Built-in sites first. */
export function adapterFor(url: URL, adapters: readonly SiteAdapter[] = [...ADAPTERS, ...customAdapters()]): SiteAdapter | undefined {
  return adapters.find((a) => a.isPage(url));
}

/** Every page an adapter knows. */
export const ALL_MATCHES = [...new Set(ADAPTERS.flatMap((a) => a.matches))];

export { PROFILES };
export { registerCustomSites } from './custom-sites';
export { allProfiles, siteCurrency, siteName, siteProfile, siteRegion, siteTimeZone } from './profiles';
export type { SiteAdapter, SiteModule } from './types';
