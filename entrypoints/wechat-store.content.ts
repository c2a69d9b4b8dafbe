import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { loadCore } from '@/utils/content-script/first-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';

/** What wechat-store's pages run at their start; the rest (entrypoints/core-wechat-store.ts) is injected once the page painted. */
export default defineContentScript({ ...siteScriptOptions('wechat-store'), main: (ctx) => loadCore(ctx, 'wechat-store') });
