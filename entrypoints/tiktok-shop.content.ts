import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { tiktokShop } from '@/utils/sites/tiktok-shop';

export default defineContentScript({ ...siteScriptOptions(tiktokShop), main: (ctx) => runContentScript(ctx, siteSources(tiktokShop.adapters)) });
