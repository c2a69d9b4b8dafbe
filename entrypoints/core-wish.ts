import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/site-sources';
import { startCore } from '@/utils/content-script/start-core';

/** wish's core: its adapters, the panel and the features, injected after the page painted (see wish.content.ts). */
export default defineUnlistedScript(() => startCore(async () => siteSources((await import('@/utils/sites/wish')).wish.adapters)));
