/** Stops a host page's event before its own handlers see it (we listen in the capture phase on window). */
export function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Listens on the window in the capture phase, ahead of the host app, until the signal aborts. Only the person's own
 * (trusted) events reach the handler, so a page cannot forge a send, a save, a hotkey or a short code with a synthetic
 * event (an `input` is trusted only when the agent typed it; a value the page writes never is). `alsoUntrusted` is for
 * handlers that only forget what they knew when the text changes (a stale guard verdict), which frameworks and our
 * own fill announce with synthetic `input` events.
 */
export function onCapture<K extends keyof WindowEventMap>(win: Window, type: K, handler: (event: WindowEventMap[K]) => void, signal: AbortSignal, options: { alsoUntrusted?: boolean } = {}): void {
  const listener = options.alsoUntrusted ? handler : (event: WindowEventMap[K]) => (event as Event).isTrusted && handler(event);
  win.addEventListener(type, listener, { capture: true, signal });
}

/**
 * A send or a save, by a click on (or inside) the control `control` returns or by a plain Enter (no Shift, not
 * composing) in a field `inField` accepts, trusted only: stopped unless `allow` lets it through.
 */
export function guardSubmit(
  win: Window,
  control: () => Element | null | undefined,
  inField: (target: EventTarget | null) => boolean,
  allow: (via: 'button' | 'enter') => boolean,
  signal: AbortSignal,
): void {
  onCapture(
    win,
    'keydown',
    (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && inField(event.target) && !allow('enter')) stopEvent(event);
    },
    signal,
  );
  onCapture(
    win,
    'click',
    (event) => {
      const found = control();
      if (found && event.target instanceof Node && found.contains(event.target) && !allow('button')) stopEvent(event);
    },
    signal,
  );
}
