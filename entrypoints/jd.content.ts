import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { loadCore } from '@/utils/content-script/first-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';

/** What jd's pages run at their start; the rest (entrypoints/core-jd.ts) is injected once the page painted. */
export default defineContentScript({ ...siteScriptOptions('jd'), main: (ctx) => loadCore(ctx, 'jd') });
