import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { taobao } from '@/utils/sites/taobao';

/** taobao's core: its adapters, the panel and the features, injected after the page painted (see taobao.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(taobao.adapters)));
