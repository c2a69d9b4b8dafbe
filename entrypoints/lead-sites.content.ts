import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { leadSiteSources } from '@/utils/content-script/lead-sites';
import { runContentScript } from '@/utils/content-script/run-content-script';
import { leadSitesScriptOptions } from '@/utils/content-script/script-options';

export default defineContentScript({ ...leadSitesScriptOptions(), main: (ctx) => runContentScript(ctx, leadSiteSources()) });
