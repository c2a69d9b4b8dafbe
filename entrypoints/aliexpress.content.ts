import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { loadCore } from '@/utils/content-script/first-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';

/** What aliexpress's pages run at their start; the rest (entrypoints/core-aliexpress.ts) is injected once the page painted. */
export default defineContentScript({ ...siteScriptOptions('aliexpress'), main: (ctx) => loadCore(ctx, 'aliexpress') });
