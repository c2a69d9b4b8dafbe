/** Stops a host page's event before its own handlers see it (we listen in the capture phase on window). */
export function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Listens on the window in the capture phase, ahead of the host app, until the signal aborts. */
export function onCapture<K extends keyof WindowEventMap>(win: Window, type: K, handler: (event: WindowEventMap[K]) => void, signal: AbortSignal): void {
  win.addEventListener(type, handler, { capture: true, signal });
}
