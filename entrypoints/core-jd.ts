import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { jd } from '@/utils/sites/jd';

/** jd's core: its adapters, the panel and the features, injected after the page painted (see jd.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(jd.adapters)));
