import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { tiktokShop } from '@/utils/sites/tiktok-shop';

/** tiktok-shop's core: its adapters, the panel and the features, injected after the page painted (see tiktok-shop.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(tiktokShop.adapters)));
