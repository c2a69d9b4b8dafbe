import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { lazada } from '@/utils/sites/lazada';

/** lazada's core: its adapters, the panel and the features, injected after the page painted (see lazada.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(lazada.adapters)));
