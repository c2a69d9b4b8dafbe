import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { amazon } from '@/utils/sites/amazon';

/** amazon's core: its adapters, the panel and the features, injected after the page painted (see amazon.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(amazon.adapters)));
