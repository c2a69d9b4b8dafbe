import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { amazon } from '@/utils/sites/amazon';

export default defineContentScript({ ...siteScriptOptions(amazon), main: (ctx) => runContentScript(ctx, siteSources(amazon.adapters)) });
