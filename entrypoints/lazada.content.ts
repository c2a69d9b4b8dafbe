import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { lazada } from '@/utils/sites/lazada';

export default defineContentScript({ ...siteScriptOptions(lazada), main: (ctx) => runContentScript(ctx, siteSources(lazada.adapters)) });
