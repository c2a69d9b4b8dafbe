export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Dock = 'left' | 'right';

const MARGIN = 12;

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * Where the panel goes: against the chosen side, as high as it can be without covering any of the
 * host's protected elements (send button, reply box, remark editor); then the other side; when no
 * spot is clear, the least-covering one. `preferred` (a dragged position) wins when it covers nothing.
 */
export function placePanel(viewport: { width: number; height: number }, panel: { width: number; height: number }, keepClear: readonly Rect[], dock: Dock, preferred?: { left: number; top: number }): { left: number; top: number } {
  const clamp = (left: number, top: number) => ({
    left: Math.max(0, Math.min(left, viewport.width - panel.width)),
    top: Math.max(0, Math.min(top, viewport.height - panel.height)),
  });
  const candidates: { left: number; top: number }[] = [];
  if (preferred) candidates.push(clamp(preferred.left, preferred.top));
  const sides = dock === 'right' ? ['right', 'left'] : ['left', 'right'];
  const maxTop = Math.max(MARGIN, viewport.height - panel.height - MARGIN);
  for (const side of sides) {
    const left = side === 'right' ? viewport.width - panel.width - MARGIN : MARGIN;
    for (let top = MARGIN; top <= maxTop; top += 24) candidates.push(clamp(left, top));
    candidates.push(clamp(left, maxTop));
  }
  const overlap = (c: { left: number; top: number }) =>
    keepClear.reduce((sum, r) => {
      const box = { ...c, ...panel };
      if (!intersects(box, r)) return sum;
      const w = Math.min(box.left + box.width, r.left + r.width) - Math.max(box.left, r.left);
      const h = Math.min(box.top + box.height, r.top + r.height) - Math.max(box.top, r.top);
      return sum + w * h;
    }, 0);
  let best = candidates[0]!;
  let bestOverlap = Infinity;
  for (const c of candidates) {
    const o = overlap(c);
    if (o === 0) return c;
    if (o < bestOverlap) [best, bestOverlap] = [c, o];
  }
  return best;
}
