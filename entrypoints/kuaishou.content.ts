import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { kuaishou } from '@/utils/sites/kuaishou';

export default defineContentScript({ ...siteScriptOptions(kuaishou), main: (ctx) => runContentScript(ctx, siteSources(kuaishou.adapters)) });
