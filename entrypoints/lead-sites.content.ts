import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { loadCore } from '@/utils/content-script/first-script';
import { leadSitesScriptOptions } from '@/utils/content-script/script-options';

/** What the lead's sites run at their start; the rest (entrypoints/core-lead-sites.ts) is injected once the page painted. */
export default defineContentScript({ ...leadSitesScriptOptions(), main: (ctx) => loadCore(ctx, import.meta.env.ENTRYPOINT) });
