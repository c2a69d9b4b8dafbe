import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript, siteSources } from '@/utils/content-script/run-content-script';
import { siteScriptOptions } from '@/utils/content-script/script-options';
import { jd } from '@/utils/sites/jd';

export default defineContentScript({ ...siteScriptOptions(jd), main: (ctx) => runContentScript(ctx, siteSources(jd.adapters)) });
