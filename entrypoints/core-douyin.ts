import { defineUnlistedScript } from '#imports';
import { siteSources } from '@/utils/content-script/run-content-script';
import { startCore } from '@/utils/content-script/start-core';
import { douyin } from '@/utils/sites/douyin';

/** douyin's core: its adapters, the panel and the features, injected after the page painted (see douyin.content.ts). */
export default defineUnlistedScript(() => startCore(siteSources(douyin.adapters)));
