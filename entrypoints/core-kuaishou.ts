import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { kuaishou } from '@/utils/sites/kuaishou';

/** kuaishou's core: its adapters, the panel and the features, injected after the page painted (see kuaishou.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(kuaishou.adapters)));
