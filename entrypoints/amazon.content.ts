import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { loadCore } from '@/utils/content-script/first-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';

/** What this site's pages run at their start (placed by the profile named like this file); its core (entrypoints/core-<site>.ts) is injected once the page is idle. */
export default defineContentScript({ ...siteScriptOptions(), main: (ctx) => loadCore(ctx, import.meta.env.ENTRYPOINT) });
