import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { wechatStore } from '@/utils/sites/wechat-store';

export default defineContentScript({ ...siteScriptOptions(wechatStore), main: (ctx) => runContentScript(ctx, siteSources(wechatStore.adapters)) });
