import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { shopee } from '@/utils/sites/shopee';

/** shopee's core: its adapters, the panel and the features, injected after the page painted (see shopee.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(shopee.adapters)));
