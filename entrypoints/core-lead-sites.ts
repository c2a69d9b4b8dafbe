import { defineUnlistedScript } from '#imports';
import { startCore } from '@/utils/content-script/start-core';

/** The lead's sites' core: the generic adapter and the teaching picker, injected after the page painted (see lead-sites.content.ts). */
export default defineUnlistedScript(() => startCore(async () => (await import('@/utils/content-script/lead-sites')).leadSiteSources()));
