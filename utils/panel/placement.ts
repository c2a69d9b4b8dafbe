import type { Rect } from './rect';

export type { Rect };

export type Dock = 'left' | 'right';

/**
 * Where the panel goes and how: the full panel with a height cap (it uses the free height of the spot), or — when no
 * spot holds it without covering the host's work — a one-line rail (timer, buyer, one suggestion) that expands on demand.
 */
export interface Placement {
  mode: 'panel' | 'rail';
  left: number;
  top: number;
  /** The most height the panel may take at this spot (free height, never past the window). */
  maxHeight: number;
}

export interface PlacementOptions {
  /** Host content better left uncovered where a choice exists (message bubbles): overlap counts against a spot. */
  avoid?: readonly Rect[];
  /**
   * What the page shows, measured (`utils/content/sample-content.ts`): covering its content counts against a spot, and
   * its columns of content and its controls are never covered by the panel (a rail goes where it covers nothing instead).
   */
  content?: ContentMap;
  /** Host content that must stay in view like `keepClear` (the newest messages the agent is reading). */
  keepInView?: readonly Rect[];
  /** The rail's size. */
  rail?: { width: number; height: number };
  /** A full panel shorter than this is not worth it: the rail is used instead. */
  minHeight?: number;
}

import { contentUnder, type ContentMap } from './free-space';

const MARGIN = 12;
const STEP = 16;
const DEFAULT_RAIL = { width: 240, height: 34 };
const DEFAULT_MIN_HEIGHT = 240;
/** A pixel of the panel cut off by a short spot weighs a quarter of a pixel of host text covered (CONTENT_WEIGHT.text). */
const CUT_OFF_WEIGHT = 0.25;

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function overlapArea(a: Rect, rects: readonly Rect[]): number {
  let sum = 0;
  for (const r of rects) {
    if (!intersects(a, r)) continue;
    sum += (Math.min(a.left + a.width, r.left + r.width) - Math.max(a.left, r.left)) * (Math.min(a.top + a.height, r.top + r.height) - Math.max(a.top, r.top));
  }
  return sum;
}

/** Vertical stretches of [from, to] that no rect crossing the column [left, left + width] occupies, longest first. */
function freeStretches(left: number, width: number, from: number, to: number, blockers: readonly Rect[]): [number, number][] {
  const taken = blockers
    .filter((r) => r.left < left + width && left < r.left + r.width)
    .map((r): [number, number] => [r.top - MARGIN / 2, r.top + r.height + MARGIN / 2])
    .sort((a, b) => a[0] - b[0]);
  const free: [number, number][] = [];
  let cursor = from;
  for (const [start, end] of taken) {
    if (start > cursor) free.push([cursor, Math.min(start, to)]);
    cursor = Math.max(cursor, end);
    if (cursor >= to) break;
  }
  if (cursor < to) free.push([cursor, to]);
  return free.filter(([a, b]) => b > a).sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
}

/** Left edges to try, from the docked side across the window, plus the edges right beside each protected region. */
function columns(viewport: { width: number }, width: number, keepClear: readonly Rect[], dock: Dock): number[] {
  const max = viewport.width - width - MARGIN;
  const xs = new Set<number>();
  for (let x = MARGIN; x <= max; x += STEP) xs.add(x);
  xs.add(Math.max(MARGIN, max));
  for (const r of keepClear) {
    xs.add(r.left - width - MARGIN / 2);
    xs.add(r.left + r.width + MARGIN / 2);
  }
  const valid = [...xs].filter((x) => x >= 0 && x <= Math.max(0, viewport.width - width)).map(Math.round);
  return valid.sort((a, b) => (dock === 'right' ? b - a : a - b));
}

/**
 * Where the panel goes: never over the host's protected regions (`keepClear`: reply box, send button, order column,
 * conversation list, remark drawer…) nor over a measured column of content or the newest messages (`keepInView`). A
 * dragged spot is kept when it covers none of the protected regions; otherwise, of the spots that hold the panel, the
 * one covering the least of what the page shows (measured content, `avoid` regions), then the one nearest the docked
 * side, with the free height there as its cap. When no spot holds a useful panel, a rail goes where it covers nothing.
 */
export function placePanel(
  viewport: { width: number; height: number },
  panel: { width: number; height: number },
  keepClear: readonly Rect[],
  dock: Dock,
  preferred?: { left: number; top: number },
  options: PlacementOptions = {},
): Placement {
  const avoid = options.avoid ?? [];
  const content = options.content;
  const rail = options.rail ?? DEFAULT_RAIL;
  const minHeight = Math.min(panel.height, options.minHeight ?? DEFAULT_MIN_HEIGHT);
  const bottom = viewport.height - MARGIN;
  const clampLeft = (left: number, width: number) => Math.max(0, Math.min(left, viewport.width - width));
  const clampTop = (top: number, height: number) => Math.max(0, Math.min(top, viewport.height - height));
  const hard = [...keepClear, ...(content?.columns ?? []), ...(content?.controls ?? []), ...(options.keepInView ?? [])];

  if (preferred) {
    const left = clampLeft(preferred.left, panel.width);
    const wanted = clampTop(preferred.top, minHeight);
    const stretch = freeStretches(left, panel.width, 0, viewport.height, keepClear).find(([a, b]) => wanted >= a - 1 && wanted < b);
    if (stretch) {
      const top = clampTop(Math.max(wanted, stretch[0]), minHeight);
      const maxHeight = Math.min(stretch[1], viewport.height) - top;
      if (maxHeight >= minHeight) return { mode: 'panel', left, top, maxHeight };
    }
  }

  const covered = (box: Rect) => (content ? contentUnder(content, box) : 0) + overlapArea(box, avoid);
  let best: (Placement & { score: number }) | undefined;
  const edge = (x: number) => (dock === 'right' ? viewport.width - (x + panel.width) : x);
  for (const left of columns(viewport, panel.width, hard, dock)) {
    for (const [from, to] of freeStretches(left, panel.width, MARGIN, bottom, hard)) {
      if (to - from < minHeight) continue;
      const height = Math.min(panel.height, to - from);
      // Slide down the stretch: the least-covering top wins, the highest among equals.
      for (let top = from; top <= to - height; top = top + STEP > to - height && top < to - height ? to - height : top + STEP) {
        // Covering what the page shows costs much more than being a little further from the docked side or lower; the
        // part of the panel a short spot cuts off (its form's last fields and buttons, scrolled out) costs too (less than text covered).
        const score = covered({ left, top, width: panel.width, height }) + (panel.height - height) * panel.width * CUT_OFF_WEIGHT + edge(left) * 2 + (top - from) / 4;
        if (!best || score < best.score) best = { mode: 'panel', left, top, maxHeight: to - top, score };
      }
    }
  }
  if (best) return { mode: best.mode, left: best.left, top: best.top, maxHeight: best.maxHeight };
  // Where every spot touches a column of content, a rail may still sit in the conversation's column, above short
  // messages (every other column may be the host's order or list column, named or not): never on text or controls.
  const conversation = (column: Rect) => avoid.some((row) => intersects(row, column));
  const strict = [...keepClear, ...(content?.columns ?? []).filter((c) => !conversation(c)), ...(content?.controls ?? []), ...(options.keepInView ?? [])];
  return placeRail(viewport, rail, hard, dock, covered, strict);
}

/** The rail: the first spot from the docked side that covers nothing at all; else the one covering the least. */
function placeRail(
  viewport: { width: number; height: number },
  rail: { width: number; height: number },
  hard: readonly Rect[],
  dock: Dock,
  covered: (box: Rect) => number,
  strict: readonly Rect[] = hard,
): Placement {
  let leastCovering: Placement | undefined;
  let least = Infinity;
  for (const left of columns(viewport, rail.width, hard, dock)) {
    for (let top = MARGIN; top <= viewport.height - rail.height - MARGIN; top += 8) {
      const box = { left, top, width: rail.width, height: rail.height };
      const cost = overlapArea(box, hard) * 1000 + covered(box);
      if (cost === 0) return { mode: 'rail', left, top, maxHeight: viewport.height - top };
      if (cost < least) [leastCovering, least] = [{ mode: 'rail', left, top, maxHeight: viewport.height - top }, cost];
    }
  }
  if (strict !== hard) {
    for (const left of columns(viewport, rail.width, strict, dock)) {
      for (let top = MARGIN; top <= viewport.height - rail.height - MARGIN; top += 8) {
        const box = { left, top, width: rail.width, height: rail.height };
        if (overlapArea(box, strict) === 0 && covered(box) === 0) return { mode: 'rail', left, top, maxHeight: viewport.height - top };
      }
    }
  }
  return leastCovering ?? { mode: 'rail', left: Math.max(0, viewport.width - rail.width - MARGIN), top: MARGIN, maxHeight: viewport.height - MARGIN };
}
