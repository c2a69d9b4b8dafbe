import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { loadCore } from '@/utils/content-script/first-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';

/** What lazada's pages run at their start; the rest (entrypoints/core-lazada.ts) is injected once the page painted. */
export default defineContentScript({ ...siteScriptOptions('lazada'), main: (ctx) => loadCore(ctx, 'lazada') });
