/** Pointer and key events the page must not see while a lead is pointing at its parts. */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'submit'];

export interface PickModeOptions {
  /** Our own UI (the panel, the highlight): events there work as usual and are never picked. */
  isOwn: (node: EventTarget) => boolean;
  onHover: (element: Element | null) => void;
  onPick: (element: Element) => void;
  onCancel: () => void;
}

/**
 * Pick mode on a seller page: the element under the pointer is offered, a click chooses it, Esc leaves. The page's
 * own handlers receive none of the lead's clicks (a picked send button sends nothing), and only real input counts:
 * a page script's synthetic click or Escape neither picks nor leaves. Returns the function that ends pick mode.
 */
export function startPickMode(win: Window, { isOwn, onHover, onPick, onCancel }: PickModeOptions): () => void {
  const ownEvent = (event: Event) => event.composedPath().some((node) => isOwn(node));
  const swallow = (event: Event) => {
    if (ownEvent(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!event.isTrusted || event.type !== 'click') return;
    const target = event.composedPath()[0];
    if (target instanceof Element) onPick(target);
  };
  const hover = (event: Event) => {
    if (!event.isTrusted) return;
    const target = event.composedPath()[0];
    onHover(!ownEvent(event) && target instanceof Element ? target : null);
  };
  const key = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    onCancel();
  };
  for (const type of SWALLOWED) win.addEventListener(type, swallow, true);
  win.addEventListener('pointermove', hover, true);
  win.addEventListener('keydown', key, true);
  return () => {
    for (const type of SWALLOWED) win.removeEventListener(type, swallow, true);
    win.removeEventListener('pointermove', hover, true);
    win.removeEventListener('keydown', key, true);
    onHover(null);
  };
}
