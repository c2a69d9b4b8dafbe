import type { ContentScriptContext } from '#imports';
import { sendMessage } from '@/utils/messaging/first-script';
import { offerHandoff } from './core-handoff';
import { ignorePageScriptStarted } from './page-guard';

/** How long the core may wait for the page to go idle after it painted (a busy page still gets its panel). */
const IDLE_TIMEOUT_MS = 500;

/**
 * A site's first script: all the page parses and runs at its start is this and WXT's context. Once the page is idle
 * (it has painted), the background injects the core (`core-<script>.js`: the adapters, the panel, the features) into
 * this frame's isolated world, if a page the script reads is open; else it asks again on each route change.
 */
export function loadCore(ctx: ContentScriptContext, script: string): void {
  ignorePageScriptStarted(ctx);
  offerHandoff({ ctx, entrypoint: script });
  let state: 'waiting' | 'asking' | 'loaded' = 'waiting';
  const ask = async () => {
    if (state !== 'waiting' || ctx.isInvalid) return;
    state = 'asking';
    const { loaded } = await sendMessage('content:core', { script }).catch((error: unknown) => {
      console.warn('[kefu] the panel could not be loaded', error);
      return { loaded: false };
    });
    state = loaded ? 'loaded' : 'waiting';
  };
  ctx.requestIdleCallback(() => void ask(), { timeout: IDLE_TIMEOUT_MS });
  ctx.addEventListener(window, 'wxt:locationchange', () => void ask());
}
