import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { pinduoduo } from '@/utils/sites/pinduoduo';

/** pinduoduo's core: its adapters, the panel and the features, injected after the page painted (see pinduoduo.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(pinduoduo.adapters)));
