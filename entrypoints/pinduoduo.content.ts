import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { loadCore } from '@/utils/content-script/first-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';

/** What pinduoduo's pages run at their start; the rest (entrypoints/core-pinduoduo.ts) is injected once the page painted. */
export default defineContentScript({ ...siteScriptOptions('pinduoduo'), main: (ctx) => loadCore(ctx, 'pinduoduo') });
