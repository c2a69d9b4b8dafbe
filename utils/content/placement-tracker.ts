import { signal } from '@preact/signals-react';
import { placePanel, type Dock, type Rect } from '../panel/placement';
import type { SiteAdapter } from '../sites';

/**
 * Keeps the panel's position clear of the host's protected elements as the page, the window and the
 * panel itself change size. Reads host geometry here so components never touch the host DOM.
 */
export function trackPlacement(adapter: SiteAdapter, doc: Document, getDock: () => Dock) {
  const position = signal({ left: -9999, top: 0 });
  let panel: HTMLElement | null = null;
  let preferred: { left: number; top: number } | undefined;

  const update = () => {
    if (!panel) return;
    const view = doc.defaultView!;
    const keepClear: Rect[] = adapter.keepClear(doc).map((el) => el.getBoundingClientRect());
    const size = { width: panel.offsetWidth, height: panel.offsetHeight };
    position.value = placePanel({ width: view.innerWidth, height: view.innerHeight }, size, keepClear, getDock(), preferred);
  };
  const resize = new ResizeObserver(update);
  doc.defaultView?.addEventListener('resize', update);

  return {
    position,
    update,
    attach(el: HTMLElement | null) {
      if (panel) resize.unobserve(panel);
      panel = el;
      if (el) {
        resize.observe(el);
        update();
      }
    },
    /** A drag ends: keep the spot if it covers nothing, else the nearest clear one. */
    moveTo(left: number, top: number) {
      preferred = { left, top };
      update();
      preferred = position.value;
    },
    resetPreferred() {
      preferred = undefined;
      update();
    },
    dispose() {
      resize.disconnect();
      doc.defaultView?.removeEventListener('resize', update);
    },
  };
}

export type PlacementTracker = ReturnType<typeof trackPlacement>;
