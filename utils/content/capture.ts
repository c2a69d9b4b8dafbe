/** Stops a host page's event before its own handlers see it (we listen in the capture phase on window). */
export function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Listens on the window in the capture phase, ahead of the host app, until the signal aborts. Only the person's own
 * (trusted) events reach the handler, so a page cannot forge a send, a save or a hotkey with a synthetic event; `input`
 * is the exception, since frameworks (and our own fill) announce programmatic changes with it.
 */
export function onCapture<K extends keyof WindowEventMap>(win: Window, type: K, handler: (event: WindowEventMap[K]) => void, signal: AbortSignal): void {
  const listener = type === 'input' ? handler : (event: WindowEventMap[K]) => (event as Event).isTrusted && handler(event);
  win.addEventListener(type, listener, { capture: true, signal });
}
