import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { wechatStore } from '@/utils/sites/wechat-store';

/** wechat-store's core: its adapters, the panel and the features, injected after the page painted (see wechat-store.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(wechatStore.adapters)));
