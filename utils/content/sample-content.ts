import type { ContentItem } from '../panel/free-space';
import type { Rect } from '../panel/placement';

/** A column of content: at least this share of the window tall, and at most this share of its width. */
const COLUMN_HEIGHT = 0.6;
const COLUMN_WIDTH = 0.45;
const COLUMN_MIN_WIDTH = 120;
/** Beyond these the sample stops (and says it is partial): a placement never holds the page for a long task. */
const NODE_BUDGET = 8000;
const DEFAULT_TIME_BUDGET_MS = 10;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'KEFU-PANEL']);
const CONTROLS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);
const IMAGES = new Set(['IMG', 'SVG', 'VIDEO', 'CANVAS', 'PICTURE', 'IFRAME']);

export interface ContentSample {
  items: ContentItem[];
  columns: Rect[];
  /** What the agent works with (reply boxes with their frame, buttons, fields, links): never covered by the panel. */
  controls: Rect[];
  /** The budget ran out before the whole page was seen. */
  partial: boolean;
  ms: number;
}

const toRect = (r: DOMRect | DOMRectReadOnly): Rect => ({ left: r.left, top: r.top, width: r.width, height: r.height });

function clipTo(r: Rect, clip: Rect): Rect | undefined {
  const left = Math.max(r.left, clip.left);
  const top = Math.max(r.top, clip.top);
  const right = Math.min(r.left + r.width, clip.left + clip.width);
  const bottom = Math.min(r.top + r.height, clip.top + clip.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : undefined;
}

const CONTROL_SELECTOR = 'textarea, input:not([type="hidden"]), select, button, [contenteditable="true"], [contenteditable=""], [role="button"], a[href]';

/**
 * The page's columns of content: the outermost boxes at least COLUMN_HEIGHT of the window tall and at most COLUMN_WIDTH
 * of it wide that hold text and no reply box. Only tall boxes are descended into, so this costs a few dozen boxes, not the page.
 */
function findColumns(root: Element, viewport: Rect, out: Rect[]): void {
  const queue: [Element, number][] = [[root, 0]];
  while (queue.length) {
    const [el, depth] = queue.shift()!;
    for (const child of el.children) {
      if (SKIP.has(child.tagName.toUpperCase())) continue;
      const box = toRect(child.getBoundingClientRect());
      const shown = clipTo(box, viewport);
      if (!shown || box.height < viewport.height * COLUMN_HEIGHT) {
        // display: contents and zero-height wrappers hold the layout's boxes below them.
        if (box.height === 0 && depth < 12) queue.push([child, depth + 1]);
        continue;
      }
      // The column holding the reply box is the conversation itself, where the panel may sit between bubbles.
      const conversation = !!child.querySelector('textarea, [contenteditable="true"], [contenteditable=""]');
      if (!conversation && box.width >= COLUMN_MIN_WIDTH && box.width <= viewport.width * COLUMN_WIDTH && (child.textContent ?? '').trim()) out.push(shown);
      else if (depth < 12) queue.push([child, depth + 1]);
    }
  }
}

const CONTROL_PAD = 6;
const pad = (r: Rect): Rect => ({ left: r.left - CONTROL_PAD, top: r.top - CONTROL_PAD, width: r.width + 2 * CONTROL_PAD, height: r.height + 2 * CONTROL_PAD });

const FRAME_BUTTON = 'button, [role="button"], input[type="submit"], [class*="button" i], [class*="btn" i]';

/**
 * A frame much wider than its box and buttons together (a full-width remark block with its textarea and save button on
 * the left) is kept only across them, from its top to its bottom: its empty side is not the agent's control.
 */
function narrowToButtons(frameEl: Element, shown: Rect, frame: Rect): Rect {
  let left = shown.left;
  let right = shown.left + shown.width;
  for (const button of frameEl.querySelectorAll(FRAME_BUTTON)) {
    const b = button.getBoundingClientRect();
    if (b.width <= 0 || b.height <= 0) continue;
    left = Math.min(left, b.left);
    right = Math.max(right, b.right);
  }
  if (right - left >= frame.width * 0.6) return frame;
  const from = Math.max(frame.left, left - CONTROL_PAD);
  const to = Math.min(frame.left + frame.width, right + CONTROL_PAD);
  return { left: from, top: frame.top, width: to - from, height: frame.height };
}

/**
 * A reply box with the frame around it: the smallest ancestor that also holds its button (send, save) when one is near,
 * else the nearest ancestors not much larger than the box itself (its toolbar, its border).
 */
function withFrame(el: Element, shown: Rect, clip: Rect): Rect {
  let frame = shown;
  let growing = true;
  for (let up = el.parentElement, depth = 0; up && depth < 4; up = up.parentElement, depth++) {
    const r = clipTo(toRect(up.getBoundingClientRect()), clip);
    if (!r || r.height > 360) break;
    if (up.querySelector(FRAME_BUTTON) && r.width * r.height <= shown.width * shown.height * 8) return narrowToButtons(up, shown, r);
    if (growing && r.width * r.height <= shown.width * shown.height * 3) frame = r;
    else growing = false;
  }
  return frame;
}

/**
 * What the page shows, measured from its layout: visible text runs, form controls and buttons, images, and the tall
 * columns holding text (a conversation list, an order column). Content scrolled out of its scroll box is not counted.
 * Reads layout only (no styles except on boxes that scroll), within a node and time budget.
 */
export function sampleContent(doc: Document, timeBudgetMs = DEFAULT_TIME_BUDGET_MS): ContentSample {
  const started = performance.now();
  const view = doc.defaultView!;
  const viewport: Rect = { left: 0, top: 0, width: view.innerWidth, height: view.innerHeight };
  const items: ContentItem[] = [];
  const columns: Rect[] = [];
  const controls: Rect[] = [];
  const range = doc.createRange();
  let visited = 0;
  let partial = false;

  const visit = (el: Element, clip: Rect): void => {
    if (partial) return;
    if (++visited % 256 === 0 && (visited > NODE_BUDGET || performance.now() - started > timeBudgetMs)) {
      partial = true;
      return;
    }
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const box = toRect(el.getBoundingClientRect());
    const shown = clipTo(box, clip);
    const editable = (el as HTMLElement).isContentEditable && !(el.parentElement as HTMLElement | null)?.isContentEditable;
    if (CONTROLS.has(tag) || editable || el.getAttribute('role') === 'button' || (tag === 'A' && el.hasAttribute('href'))) {
      if (shown) {
        items.push({ rect: shown, kind: 'control' });
        controls.push(pad(tag === 'TEXTAREA' || editable ? withFrame(el, shown, clip) : shown));
      }
      if (tag !== 'BUTTON' && el.getAttribute('role') !== 'button') return;
    } else if (IMAGES.has(tag)) {
      if (shown) items.push({ rect: shown, kind: 'image' });
      return;
    }
    // A box that scrolls clips what it holds: text scrolled out of it is not on screen.
    let inner = clip;
    const html = el as HTMLElement;
    if ((html.scrollHeight > html.clientHeight + 1 || html.scrollWidth > html.clientWidth + 1) && el !== doc.body && el !== doc.documentElement) {
      const overflow = view.getComputedStyle(el);
      if (overflow.overflowY !== 'visible' || overflow.overflowX !== 'visible') inner = clipTo(box, clip) ?? { left: 0, top: 0, width: 0, height: 0 };
    }
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow) for (let child = shadow.firstElementChild; child; child = child.nextElementSibling) visit(child, inner);
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) visit(child as Element, inner);
      else if (child.nodeType === 3 && (child.textContent ?? '').trim()) {
        range.selectNodeContents(child);
        const run = clipTo(toRect(range.getBoundingClientRect()), inner);
        if (!run) continue;
        items.push({ rect: run, kind: 'text', ...(shown ? { block: shown } : {}) });
      }
    }
  };
  // Columns and controls first, from a cheap pass each: they hold even when the text walk runs out of budget.
  if (doc.body) findColumns(doc.body, viewport, columns);
  for (const el of doc.body?.querySelectorAll(CONTROL_SELECTOR) ?? []) {
    if (el.closest('kefu-panel') || (el.parentElement as HTMLElement | null)?.isContentEditable) continue;
    const editable = el.tagName === 'TEXTAREA' || (el as HTMLElement).isContentEditable;
    // A reply box squeezed to nothing by its styles still has its frame on screen.
    const shown = clipTo(toRect(el.getBoundingClientRect()), viewport) ?? (editable && el.parentElement ? clipTo(toRect(el.parentElement.getBoundingClientRect()), viewport) : undefined);
    if (shown) controls.push(pad(el.tagName === 'TEXTAREA' || (el as HTMLElement).isContentEditable ? withFrame(el, shown, viewport) : shown));
  }
  if (doc.body) visit(doc.body, viewport);
  return { items, columns, controls, partial, ms: performance.now() - started };
}
