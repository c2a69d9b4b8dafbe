import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { wish } from '@/utils/sites/wish';

/** wish's core: its adapters, the panel and the features, injected after the page painted (see wish.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(wish.adapters)));
