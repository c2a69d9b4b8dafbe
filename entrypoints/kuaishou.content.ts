import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { loadCore } from '@/utils/content-script/first-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';

/** What kuaishou's pages run at their start; the rest (entrypoints/core-kuaishou.ts) is injected once the page painted. */
export default defineContentScript({ ...siteScriptOptions('kuaishou'), main: (ctx) => loadCore(ctx, 'kuaishou') });
