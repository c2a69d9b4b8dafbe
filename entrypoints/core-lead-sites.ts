import { defineUnlistedScript } from '#imports';
import { leadSiteSources } from '@/utils/content-script/lead-sites';
import { startCore } from '@/utils/content-script/start-core';

/** The lead's sites' core: the generic adapter and the teaching picker, injected after the page painted (see lead-sites.content.ts). */
export default defineUnlistedScript(() => startCore(leadSiteSources()));
