import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { loadCore } from '@/utils/content-script/first-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';

/** What tiktok-shop's pages run at their start; the rest (entrypoints/core-tiktok-shop.ts) is injected once the page painted. */
export default defineContentScript({ ...siteScriptOptions('tiktok-shop'), main: (ctx) => loadCore(ctx, 'tiktok-shop') });
