import { defineContentScript } from '#imports';
import '@/components/panel/panel.css';
import { runContentScript } from './run-content-script';
import { ALL_MATCHES } from '@/utils/sites';

export default defineContentScript({
  matches: ALL_MATCHES,
  cssInjectionMode: 'ui',
  // WXT would otherwise post the extension id and its "script started" signal to the page (see page-guard.ts).
  noScriptStartedPostMessage: true,
  main: runContentScript,
});
