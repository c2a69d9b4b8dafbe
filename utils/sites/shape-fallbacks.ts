import { EDITABLE_ANY } from './fallbacks';
import { columnAround, textOf } from './read';

/** Fallbacks by shape: parts found by what their text looks like (an order number, a price) when their names are gone. */
/**
 * Order numbers the page shows outside the conversation and the list of conversations (the order column or card), by
 * their shape alone; `pattern` captures the number in group 1 (or the whole match). None when nothing matches.
 */
export function orderNumbersOutside(doc: Document, pattern: RegExp, exclude: readonly (Element | undefined)[] = []): string[] {
  const skip = exclude.filter((el): el is Element => !!el);
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const found = new Set<string>();
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(`script, style, kefu-panel, ${EDITABLE_ANY}`) || skip.some((el) => el.contains(parent))) continue;
    for (const match of (node.textContent ?? '').matchAll(global)) found.add(match[1] ?? match[0]);
  }
  return [...found];
}

/** A product card's text ends in its price (`无线蓝牙耳机 降噪版 ¥299.00`); a buyer's words seldom do. */
const PRICE_AT_END = /[¥￥]\s?\d+(?:\.\d{1,2})?\s*$/;

/** A product card in a message row whose card class was renamed: the outermost element whose text ends in a price. */
export function productCardByShape(row: Element): Element | undefined {
  return [...row.querySelectorAll('*')].find((el) => PRICE_AT_END.test(textOf(el)) && textOf(el).length <= 80);
}

/** The column that shows orders when its container lost its name: around the first order number outside `exclude`. */
export function orderColumn(doc: Document, pattern: RegExp, exclude: readonly (Element | undefined)[] = []): Element | undefined {
  const skip = exclude.filter((el): el is Element => !!el);
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !pattern.test(node.textContent ?? '') || parent.closest(`script, style, kefu-panel, ${EDITABLE_ANY}`) || skip.some((el) => el.contains(parent))) continue;
    return columnAround(parent);
  }
  return undefined;
}
