import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { taobao } from '@/utils/sites/taobao';

export default defineContentScript({ ...siteScriptOptions(taobao), main: (ctx) => runContentScript(ctx, siteSources(taobao.adapters)) });
