import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { aliexpress } from '@/utils/sites/aliexpress';

/** aliexpress's core: its adapters, the panel and the features, injected after the page painted (see aliexpress.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(aliexpress.adapters)));
