import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { pinduoduo } from '@/utils/sites/pinduoduo';

export default defineContentScript({ ...siteScriptOptions(pinduoduo), main: (ctx) => runContentScript(ctx, siteSources(pinduoduo.adapters)) });
