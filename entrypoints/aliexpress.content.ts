import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { aliexpress } from '@/utils/sites/aliexpress';

export default defineContentScript({ ...siteScriptOptions(aliexpress), main: (ctx) => runContentScript(ctx, siteSources(aliexpress.adapters)) });
