import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/site-sources';
import { startCore } from '@/utils/content-script/start-core';

/** pinduoduo's core: its adapters, the panel and the features, injected after the page painted (see pinduoduo.content.ts). */
export default defineUnlistedScript(() => startCore(async () => siteSources((await import('@/utils/sites/pinduoduo')).pinduoduo.adapters)));
