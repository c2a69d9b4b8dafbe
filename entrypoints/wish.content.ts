import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { wish } from '@/utils/sites/wish';

export default defineContentScript({ ...siteScriptOptions(wish), main: (ctx) => runContentScript(ctx, siteSources(wish.adapters)) });
