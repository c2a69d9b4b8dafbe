import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { douyin } from '@/utils/sites/douyin';

export default defineContentScript({ ...siteScriptOptions(douyin), main: (ctx) => runContentScript(ctx, siteSources(douyin.adapters)) });
