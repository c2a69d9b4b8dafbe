import { browser, ContentScriptContext } from '#imports';
import type { PublicPath } from 'wxt/browser';
import { takeHandoff } from './core-handoff';
import { runContentScript, type PageSources } from './run-content-script';

/**
 * The core of a site's script (`entrypoints/core-<site>.ts`), injected by the background after the first script
 * asked: runs the panel and the features with the first script's stylesheet, and stops with the first script.
 */
export async function startCore(sources: PageSources): Promise<void> {
  const handoff = takeHandoff();
  if (!handoff) return;
  // A context of the core's own, without WXT's stylesheet loading (it would look for `content-scripts/core-<site>.css`):
  // the panel is given the first script's stylesheet instead.
  const ctx = new ContentScriptContext(import.meta.env.ENTRYPOINT, { noScriptStartedPostMessage: true });
  handoff.ctx.onInvalidated(() => ctx.abort('first script invalidated'));
  const css = await fetch(browser.runtime.getURL(`/content-scripts/${handoff.entrypoint}.css` as PublicPath))
    .then((response) => response.text())
    .catch(() => '');
  if (ctx.isInvalid) return;
  runContentScript(ctx, sources, css);
}
