import type { Rect } from '../panel/placement';

/** A protected block whose text and controls fill less than this share of its width is narrowed to them. */
const NARROW_SHARE = 0.6;
/** Room kept around what the block shows. */
const PAD = 12;
/** Beyond this many nodes the block is kept whole (a protected region is a form or a box, not a page). */
const NODE_BUDGET = 400;

const toRect = (r: DOMRect): Rect => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/**
 * The part of a protected host region that shows something: a full-width block (a remark box whose text and textarea
 * sit on its left) is narrowed, left to right only, to its text runs, controls and images, padded. A region mostly
 * filled, an empty one or a large one is kept whole, so nothing it shows is ever given up.
 */
export function inkRect(el: Element): Rect {
  const whole = toRect(el.getBoundingClientRect());
  const doc = el.ownerDocument;
  const range = doc.createRange();
  let left = Infinity;
  let right = -Infinity;
  const add = (r: DOMRect) => {
    if (r.width <= 0 || r.height <= 0) return;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  };
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++seen > NODE_BUDGET) return whole;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!(node.textContent ?? '').trim()) continue;
      range.selectNodeContents(node);
      add(range.getBoundingClientRect());
    } else if (/^(INPUT|TEXTAREA|SELECT|BUTTON|IMG|SVG|VIDEO|CANVAS|IFRAME)$/i.test((node as Element).tagName)) add((node as Element).getBoundingClientRect());
  }
  if (left === Infinity || right - left >= whole.width * NARROW_SHARE) return whole;
  const from = Math.max(whole.left, left - PAD);
  const to = Math.min(whole.left + whole.width, right + PAD);
  return { left: from, top: whole.top, width: to - from, height: whole.height };
}
