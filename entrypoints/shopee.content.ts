import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { shopee } from '@/utils/sites/shopee';

export default defineContentScript({ ...siteScriptOptions(shopee), main: (ctx) => runContentScript(ctx, siteSources(shopee.adapters)) });
