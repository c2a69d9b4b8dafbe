import { signal } from '@preact/signals-react';
import { placePanel, type Dock, type Placement, type Rect } from '../panel/placement';
import type { SiteAdapter } from '../sites';

const RAIL = { width: 200, height: 34 };
/** The panel's natural height is capped to this share of the window before placement looks for room. */
const MAX_SHARE = 0.92;

export interface PlacementMemory {
  /** Where the agent last dragged the panel on this site and page kind. */
  saved?: { left: number; top: number };
  save: (position: { left: number; top: number } | undefined) => void;
}

const rectOf = (el: Element): Rect => {
  const box = el.getBoundingClientRect();
  return { left: box.left, top: box.top, width: box.width, height: box.height };
};

/**
 * Keeps the panel clear of the host's protected regions as the page, the window and the panel itself change size, and
 * remembers where the agent dragged it (per site and page kind). Reads host geometry here so components never do.
 */
export function trackPlacement(adapter: SiteAdapter, doc: Document, getDock: () => Dock, memory: PlacementMemory = { save: () => {} }) {
  const position = signal<Placement>({ mode: 'panel', left: -9999, top: 0, maxHeight: 600 });
  let panel: HTMLElement | null = null;
  let preferred = memory.saved;

  // The whole panel's height, measured while it shows in full: placement decides panel-or-rail from it, never from the
  // rail's own small size (which would find room for the panel, show it, no longer fit, and flip back).
  let fullHeight = 420;
  let fullWidth = 300;
  const naturalHeight = () => {
    if (!panel) return fullHeight;
    const header = panel.querySelector('header')?.offsetHeight ?? 32;
    if (panel.classList.contains('is-collapsed')) return panel.offsetHeight;
    const body = panel.querySelector<HTMLElement>('.kefu-body');
    if (body) fullHeight = header + body.scrollHeight + 2;
    return fullHeight;
  };
  const update = () => {
    if (!panel) return;
    const view = doc.defaultView!;
    const keepClear = adapter.keepClear(doc).map(rectOf).filter((r) => r.width > 0 && r.height > 0);
    const avoid = (adapter.avoid?.(doc) ?? []).map(rectOf);
    // Like the height, the width is the whole panel's, not the rail's (200 px) or the collapsed one's.
    if (!panel.classList.contains('is-rail') && !panel.classList.contains('is-collapsed') && panel.offsetWidth > 0) fullWidth = panel.offsetWidth;
    const size = { width: panel.classList.contains('is-collapsed') ? panel.offsetWidth : fullWidth, height: Math.min(Math.max(naturalHeight(), 120), view.innerHeight * MAX_SHARE) };
    position.value = placePanel({ width: view.innerWidth, height: view.innerHeight }, size, keepClear, getDock(), preferred, { avoid, rail: RAIL });
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
        const body = el.querySelector('.kefu-body');
        if (body) resize.observe(body);
        update();
      }
    },
    /** A drag ends: keep the spot if it covers nothing (else the nearest clear one), and remember it. */
    moveTo(left: number, top: number) {
      preferred = { left, top };
      update();
      preferred = { left: position.value.left, top: position.value.top };
      memory.save(preferred);
    },
    resetPreferred() {
      preferred = undefined;
      memory.save(undefined);
      update();
    },
    dispose() {
      resize.disconnect();
      doc.defaultView?.removeEventListener('resize', update);
    },
  };
}

export type PlacementTracker = ReturnType<typeof trackPlacement>;
