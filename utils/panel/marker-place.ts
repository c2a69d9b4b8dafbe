import type { Rect } from './placement';

export interface MarkerSpot {
  left: number;
  top: number;
}

const GAP = 6;
const EDGE = 4;

const overlaps = (a: Rect, b: Rect) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * Where the send marker goes: right-aligned with the host's send button just above the reply box (`anchor`), unless
 * our own panel is there (its 全部修正 / 仍然发送 buttons would be covered); then beside the panel, above it, or below
 * it, whichever first fits the window and touches neither the panel nor the host's keep-clear regions. Pure.
 */
export function placeMarker(
  anchor: { right: number; bottom: number },
  size: { width: number; height: number },
  panel: Rect | undefined,
  keepClear: readonly Rect[],
  viewport: { width: number; height: number },
): MarkerSpot {
  const clamp = (spot: MarkerSpot): MarkerSpot => ({
    left: Math.min(Math.max(EDGE, spot.left), Math.max(EDGE, viewport.width - size.width - EDGE)),
    top: Math.min(Math.max(EDGE, spot.top), Math.max(EDGE, viewport.height - size.height - EDGE)),
  });
  const preferred = clamp({ left: anchor.right - size.width, top: anchor.bottom - size.height });
  if (!panel) return preferred;
  const candidates: MarkerSpot[] = [
    preferred,
    { left: panel.left - GAP - size.width, top: preferred.top },
    { left: panel.left + panel.width + GAP, top: preferred.top },
    { left: preferred.left, top: panel.top - GAP - size.height },
    { left: preferred.left, top: panel.top + panel.height + GAP },
  ];
  const fits = (spot: MarkerSpot) => {
    const box = { ...spot, ...size };
    return (
      spot.left >= 0 && spot.top >= 0 && spot.left + size.width <= viewport.width && spot.top + size.height <= viewport.height && !overlaps(box, panel) && !keepClear.some((r) => overlaps(box, r))
    );
  };
  return candidates.find(fits) ?? candidates.map(clamp).find((spot) => !overlaps({ ...spot, ...size }, panel)) ?? preferred;
}
