import type { Rect } from './rect';

/** What the page shows, as placement weighs it: each kind of content costs this much per pixel covered. */
export const CONTENT_WEIGHT = { text: 1, image: 1, control: 4 } as const;
export type ContentKind = keyof typeof CONTENT_WEIGHT;

export interface ContentItem {
  rect: Rect;
  kind: ContentKind;
  /** For a text run: the box of the element holding it (a bubble is wider than its words). */
  block?: Rect;
}

/**
 * The viewport's free-space map: what the page shows, rasterised on a coarse grid with a summed-area table, so the
 * weight of content under any rectangle costs four lookups. `columns` are the page's tall columns of content (a
 * conversation list, an order column): never covered while another spot exists.
 */
export interface ContentMap {
  width: number;
  height: number;
  cell: number;
  /** (cols + 1) × (rows + 1) prefix sums of content weight per cell. */
  sums: Float64Array;
  columns: Rect[];
  /** The controls the agent works with (reply boxes with their frame, buttons, fields, links): never covered either. */
  controls: Rect[];
  /** How many content items the map holds (for reports and tests). */
  items: number;
}

export const CELL = 16;

/** Builds the map from sampled content: each item adds its kind's weight times the covered part of every cell it touches. */
export function buildContentMap(viewport: { width: number; height: number }, items: readonly ContentItem[], columns: readonly Rect[] = [], controls: readonly Rect[] = [], cell = CELL): ContentMap {
  const cols = Math.max(1, Math.ceil(viewport.width / cell));
  const rows = Math.max(1, Math.ceil(viewport.height / cell));
  const grid = new Float64Array(cols * rows);
  for (const { rect, kind } of items) {
    const x0 = Math.max(0, rect.left);
    const y0 = Math.max(0, rect.top);
    const x1 = Math.min(viewport.width, rect.left + rect.width);
    const y1 = Math.min(viewport.height, rect.top + rect.height);
    if (x1 <= x0 || y1 <= y0) continue;
    const weight = CONTENT_WEIGHT[kind];
    for (let cy = Math.floor(y0 / cell); cy < Math.ceil(y1 / cell); cy++) {
      const h = Math.min(y1, (cy + 1) * cell) - Math.max(y0, cy * cell);
      for (let cx = Math.floor(x0 / cell); cx < Math.ceil(x1 / cell); cx++) {
        const w = Math.min(x1, (cx + 1) * cell) - Math.max(x0, cx * cell);
        grid[cy * cols + cx]! += w * h * weight;
      }
    }
  }
  const sums = new Float64Array((cols + 1) * (rows + 1));
  for (let y = 1; y <= rows; y++) {
    let row = 0;
    for (let x = 1; x <= cols; x++) {
      row += grid[(y - 1) * cols + (x - 1)]!;
      sums[y * (cols + 1) + x] = sums[(y - 1) * (cols + 1) + x]! + row;
    }
  }
  return { width: viewport.width, height: viewport.height, cell, sums, columns: [...columns], controls: [...controls], items: items.length };
}

/** The content weight under a rectangle, by whole cells (a cell partly under it counts whole: placement errs clear). */
export function contentUnder(map: ContentMap, rect: Rect): number {
  const cols = Math.ceil(map.width / map.cell);
  const rows = Math.ceil(map.height / map.cell);
  const x0 = Math.max(0, Math.min(cols, Math.floor(rect.left / map.cell)));
  const y0 = Math.max(0, Math.min(rows, Math.floor(rect.top / map.cell)));
  const x1 = Math.max(0, Math.min(cols, Math.ceil((rect.left + rect.width) / map.cell)));
  const y1 = Math.max(0, Math.min(rows, Math.ceil((rect.top + rect.height) / map.cell)));
  if (x1 <= x0 || y1 <= y0) return 0;
  const w = cols + 1;
  return map.sums[y1 * w + x1]! - map.sums[y0 * w + x1]! - map.sums[y1 * w + x0]! + map.sums[y0 * w + x0]!;
}
