import { browser, ContentScriptContext } from '#imports';

// Events that act (a click, a key, a submit). `input`/`change` only edit a draft, and a select's change is synthetic in some drivers.
const UNTRUSTED_BLOCKED = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'submit'];

/**
 * WXT's content-script context tears itself down when a `<extension id>:sellers:wxt:content-script-started` event
 * reaches `document` — an event the page can dispatch too, removing the panel and every guard with one CustomEvent.
 * A window capture listener runs before WXT's document listener, so stopping it there neutralises the page's copy.
 * (WXT uses it to stop an older instance after an extension reload; this build tears down on a trusted signal
 * instead: the runtime going away, see `watchExtensionGone`.)
 */
export function ignorePageScriptStarted(ctx: ContentScriptContext): void {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
}

/** Inside the panel's shadow root, events the page dispatched (synthetic clicks, keys, submits) never reach our handlers. */
export function dropUntrustedEvents(root: ShadowRoot | HTMLElement): void {
  for (const type of UNTRUSTED_BLOCKED) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
}

/** Controls that open or need the press itself (a select's list, a colour well, a checkbox). */
const PRESS_NEEDED = 'select, option, input, label';

/**
 * Keeps the document's selection out of the panel. A page reads any selection, shadow roots included: after a click
 * in the panel put the caret there, its own `execCommand('selectAll')` + `getSelection().toString()` would read the
 * panel's text (tags, notes, history). A press on the panel's text places no caret (clicks still happen); what the agent
 * types is in the field iframes, where selecting works as usual.
 */
export function keepSelectionOut(root: ShadowRoot | HTMLElement): void {
  root.addEventListener(
    'mousedown',
    (event) => {
      const target = event.composedPath()[0];
      if (target instanceof Element && target.closest(PRESS_NEEDED)) return;
      event.preventDefault();
    },
    { capture: true },
  );
}

const RESTORE_FREE = 3;
const RESTORE_MAX_DELAY_MS = 30_000;

/**
 * Puts the panel's host back when the page removes it (a page script's `remove()`, or an app re-rendering its body).
 * The first few times at once; a page that keeps removing it gets it back after a doubling delay, so the two never
 * spin. Returns the stop function.
 */
export function keepMounted(host: HTMLElement): () => void {
  let removals = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restore = () => {
    timer = undefined;
    if (host.isConnected || !document.body) return;
    document.body.append(host);
    watch();
  };
  const observer = new MutationObserver(() => {
    if (host.isConnected || timer) return;
    removals++;
    if (removals <= RESTORE_FREE) restore();
    else timer = setTimeout(restore, Math.min(RESTORE_MAX_DELAY_MS, 250 * 2 ** (removals - RESTORE_FREE)));
  });
  // The host is the body's child; a page that swaps its whole body is seen on the root.
  const watch = () => {
    observer.observe(document.documentElement, { childList: true });
    if (document.body) observer.observe(document.body, { childList: true });
  };
  watch();
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

const CHECK_MS = 5000;

/**
 * Calls `onGone` once the extension that injected this script is reloaded, updated or removed (the runtime id
 * disappears): the only teardown the page cannot trigger.
 */
export function watchExtensionGone(ctx: ContentScriptContext, onGone: () => void): void {
  const timer = setInterval(() => {
    if (browser.runtime?.id) return;
    clearInterval(timer);
    onGone();
  }, CHECK_MS);
  ctx.signal.addEventListener('abort', () => clearInterval(timer));
}
