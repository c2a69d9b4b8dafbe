import { browser, ContentScriptContext } from '#imports';
import type { PublicPath } from 'wxt/browser';
import { takeHandoff } from './core-handoff';
import type { PageSources } from './run-content-script';
import { panelFontWarmSteps } from './warm-panel-fonts';

/** A task of its own: the page's input and rendering may run before the next part of the core. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The core's modules, evaluated a group per task, leaves first (issue 29: evaluated at once they were one task of
 * 150–300 ms). The bundle is one script; what a core reaches only through `import()` is evaluated when it is imported
 * (rolldown's lazy module wrappers), so each step here runs the module bodies the steps before it did not.
 */
const STEPS: (() => Promise<unknown>)[] = [
  () => import('@preact/signals-react'),
  // zod's module bodies, then the schemas (the first to parse pays for compiling zod's parsers).
  () => import('@/utils/model/site'),
  () => import('@/utils/model/case'),
  () => import('@/utils/model/action-kinds'),
  () => import('@/utils/model/snapshot'),
  () => import('@/utils/model/site-profile'),
  () => import('@/utils/model/settings'),
  () => import('@/utils/model/team-policy'),
  () => import('@/utils/storage/policy-items'),
  () => import('@/utils/storage/settings'),
  () => import('@/utils/i18n'),
  () => import('@/utils/send-guard/lint-reply'),
  () => import('@/utils/templates/default-pack'),
  () => import('@/utils/playbooks/default-playbooks'),
  () => import('@/utils/suggest/phrases'),
  () => import('@/utils/qa/risk'),
  () => import('@/components/panel/KefuPanel'),
  () => import('./features'),
];

/**
 * The core of a site's script (`entrypoints/core-<site>.ts`), injected by the background after the first script
 * asked: runs the panel and the features with the first script's stylesheet, and stops with the first script.
 * `loadSources` imports the site's adapters (`import()`, so they are evaluated in a task of their own).
 */
export async function startCore(loadSources: () => Promise<PageSources>): Promise<void> {
  // Off the bundle's top-level frame first: a stack captured under it (a timer, a request's initiator) makes V8 collect
  // source positions for the whole bundle, ~80 ms in one task.
  await Promise.resolve();
  const handoff = takeHandoff();
  if (!handoff) return;
  // A context of the core's own, without WXT's stylesheet loading (it would look for `content-scripts/core-<site>.css`):
  // the panel is given the first script's stylesheet instead.
  const ctx = new ContentScriptContext(import.meta.env.ENTRYPOINT, { noScriptStartedPostMessage: true });
  handoff.ctx.onInvalidated(() => ctx.abort('first script invalidated'));
  const css = await fetch(browser.runtime.getURL(`/content-scripts/${handoff.entrypoint}.css` as PublicPath))
    .then((response) => response.text())
    .catch(() => '');
  for (const step of [...panelFontWarmSteps(css), ...STEPS]) {
    if (ctx.isInvalid) return;
    await nextTask();
    await step();
  }
  await nextTask();
  const sources = await loadSources();
  await nextTask();
  const { runContentScript } = await import('./run-content-script');
  if (ctx.isInvalid) return;
  runContentScript(ctx, sources, css);
}
