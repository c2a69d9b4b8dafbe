import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/site-sources';
import { startCore } from '@/utils/content-script/start-core';

/** kuaishou's core: its adapters, the panel and the features, injected after the page painted (see kuaishou.content.ts). */
export default defineUnlistedScript(() => startCore(async () => siteSources((await import('@/utils/sites/kuaishou')).kuaishou.adapters)));
