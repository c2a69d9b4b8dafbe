import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/site-sources';
import { startCore } from '@/utils/content-script/start-core';

/** wechat-store's core: its adapters, the panel and the features, injected after the page painted (see wechat-store.content.ts). */
export default defineUnlistedScript(() => startCore(async () => siteSources((await import('@/utils/sites/wechat-store')).wechatStore.adapters)));
