import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { loadCore } from '@/utils/content-script/first-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';

/** What douyin's pages run at their start; the rest (entrypoints/core-douyin.ts) is injected once the page painted. */
export default defineContentScript({ ...siteScriptOptions('douyin'), main: (ctx) => loadCore(ctx, 'douyin') });
