import { CHINA_OFFSET_MS } from '../time/china-time';

/** Small DOM-reading helpers shared by adapters. Text only: nothing here returns or parses markup. */

/** Order-number shapes: a 19-digit number standing alone (Douyin, JD…), and Pinduoduo's dated `261120-538127364510922`. */
export const ORDER_NO_19_DIGITS = /(?:^|\D)(\d{19})(?!\d)/;
export const ORDER_NO_DATED = /\d{6}-\d{15}/;

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the first element `selector` finds in `root`; undefined where there is none or it is empty. */
export const textAt = (root: ParentNode, selector: string): string | undefined => textOf(root.querySelector(selector)) || undefined;

/**
 * The value next to a text label such as "订单编号：": the label element's next sibling, or the rest of the label
 * element's own text; failing that, the label found inside a longer text or split across nodes (`textAnchor`).
 * Labels are the most stable hook on pages without ids.
 */
export function labelValue(root: ParentNode, label: string): string | undefined {
  for (const el of root.querySelectorAll('*')) {
    if (el.children.length > 0) continue;
    const own = textOf(el);
    // A label whose value sits outside its parent (a wrapper around the label) is found by the text that follows it.
    if (own === label) {
      const next = textOf(el.nextElementSibling);
      if (next) return next;
      break;
    }
    if (own.startsWith(label)) return own.slice(label.length).trim() || undefined;
  }
  return textAnchor(root, label)?.value;
}

/** A label's words without the colon or spaces around them: `订单编号：` → `订单编号`. */
const labelCore = (label: string) => label.replace(/^[\s:：]+|[\s:：#]+$/g, '');
/** What may stand between a label and its value: colons, a number sign, spaces. */
const SEPARATOR = /^[\s:：#＃]+/;

/**
 * A text label wherever the page writes it: a leaf with exactly that text, the start of a longer text (`订单编号：
 * 251120-…` in one node), or split across sibling nodes (`订单` `编号：` `251120-…`). `labels` are alternatives
 * (`订单编号`, `订单号`, `Order ID`), matched with or without their colon, case-insensitively. Returns the smallest
 * element holding the label and the text that follows it there (or in the next ancestor that has more text).
 */
export function textAnchor(root: ParentNode, labels: string | readonly string[]): { element: Element; value: string | undefined } | undefined {
  const cores = (typeof labels === 'string' ? [labels] : labels)
    .map(labelCore)
    .filter(Boolean)
    .map((c) => c.toLowerCase());
  const start = (root as Node).nodeType === 9 ? (root as Document).body : (root as Element);
  if (!start || cores.length === 0) return undefined;
  // The page's text once, with where each text node starts in it, so a label split across nodes is still found.
  const walker = start.ownerDocument!.createTreeWalker(start, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const offsets: number[] = [];
  let all = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, kefu-panel')) continue;
    nodes.push(node);
    offsets.push(all.length);
    all += node.data;
  }
  const lower = all.toLowerCase().replace(/\s/g, ' ');
  const slotAt = (index: number) => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const nodeAt = (index: number) => nodes[slotAt(index)]!;
  for (const core of cores) {
    for (let at = lower.indexOf(core); at >= 0; at = lower.indexOf(core, at + 1)) {
      // A label starts a phrase: `订单号` inside `子订单号` is another label; one that starts a text node starts one.
      const before = lower[at - 1];
      const startsNode = offsets[slotAt(at)] === at;
      if (before && !startsNode && /[\p{L}\p{N}]/u.test(before) && !/\s/.test(before)) continue;
      const first = nodeAt(at).parentElement!;
      const last = nodeAt(at + core.length - 1).parentElement!;
      let element: Element = first;
      while (!element.contains(last)) element = element.parentElement!;
      for (let around: Element | null = element, depth = 0; around && depth < 3; around = around.parentElement, depth++) {
        const text = (around.textContent ?? '').replace(/\s+/g, ' ');
        const index = text.toLowerCase().indexOf(core);
        const value =
          index >= 0
            ? text
                .slice(index + core.length)
                .replace(SEPARATOR, '')
                .trim()
            : '';
        if (value) return { element, value };
      }
      return { element, value: undefined };
    }
  }
  return undefined;
}
/** Text that keeps its line breaks (newlines and <br>), each line trimmed, blank lines dropped: for remarks. */
export function linesOf(el: Element | null | undefined): string {
  if (!el) return '';
  let raw = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) raw += node.textContent ?? '';
    else if (node.nodeName === 'BR') raw += '\n';
    else node.childNodes.forEach(walk);
  };
  walk(el);
  return raw
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The element holding the value next to a label (its next sibling), for values that need more than text. */
export function labelledElement(root: ParentNode, label: string): Element | undefined {
  for (const el of root.querySelectorAll('*')) {
    if (el.children.length === 0 && textOf(el) === label) return el.nextElementSibling ?? undefined;
  }
  return undefined;
}

/** Clicks a radio input whose label text is one of the names, the way a person's click reaches the host's framework. */
export function pickRadio(radios: Iterable<HTMLInputElement>, value: string): boolean {
  for (const radio of radios) {
    if (radio.value !== value) continue;
    if (!radio.checked) radio.click();
    if (!radio.checked) {
      // Some DOMs (and hosts that cancel the click) leave it unchecked: set it and announce it as a click would.
      radio.checked = true;
      radio.dispatchEvent(new Event('input', { bubbles: true }));
      radio.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return radio.checked;
  }
  return false;
}

/** "¥39.90", "实付 ¥1,128.50" → 39.9, 1128.5. */
export function parseAmount(text: string | undefined): number | undefined {
  const match = text?.replace(/,/g, '').match(/(\d+(?:\.\d+)?)/);
  return match ? Number(match[1]) : undefined;
}

/** "2026年11月22日 09:30:17" or "2026-11-20 10:02:11", in China time (UTC+8), as epoch ms. */
export function parseChinaTime(text: string | undefined): number | undefined {
  const m = text?.match(/(\d{4})[年\-/](\d{1,2})[月\-/](\d{1,2})日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?/);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s ?? 0) - CHINA_OFFSET_MS;
}

/** The single match of a pattern in a text, or undefined when there is none or more than one. */
export function uniqueMatch(text: string, pattern: RegExp): string | undefined {
  const found = new Set([...text.matchAll(new RegExp(pattern, 'g'))].map((m) => m[1] ?? m[0]));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The page column an element sits in (a conversation list, an order side panel): its nearest ancestor at least 60% of
 * the window tall. Found through the content, not class names, so it survives a restyle.
 */
export function columnAround(el: Element | null | undefined): Element | undefined {
  const view = el?.ownerDocument.defaultView;
  if (!el || !view) return undefined;
  for (let node: Element | null = el; node && node !== el.ownerDocument.body; node = node.parentElement) {
    if (node.getBoundingClientRect().height >= view.innerHeight * 0.6) return node;
  }
  return undefined;
}

/** The element showing a text anchor such as 订单编号：: a leaf with exactly that text, else where `textAnchor` finds it. */
export function labelElement(root: ParentNode, label: string | readonly string[]): Element | undefined {
  const labels = typeof label === 'string' ? [label] : label;
  for (const el of root.querySelectorAll('*')) if (el.children.length === 0 && labels.includes(textOf(el))) return el;
  return textAnchor(root, labels)?.element;
}

/** How order pages label an order number, in the markets served: for `textAnchor` and `labelElement`. */
export const ORDER_NO_LABELS = ['订单编号', '订单号', '订单号码', '訂單編號', 'Order ID', 'Order No.', 'Order number', 'No. Pesanan'] as const;

export function present<T>(items: (T | null | undefined)[]): T[] {
  return items.filter((x): x is T => x != null);
}

/**
 * "2-22 18:55:20" (no year, China time) as epoch ms: this year, or last year when that would be more than a day ahead
 * of `now` (a message from late December read in January).
 */
export function parseYearlessChinaTime(text: string | undefined, now = Date.now()): number | undefined {
  const m = text?.match(/(\d{1,2})[月\-/](\d{1,2})日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?/);
  if (!m) return undefined;
  const [, mo, d, h, mi, s] = m.map(Number) as number[];
  const year = new Date(now + CHINA_OFFSET_MS).getUTCFullYear();
  const at = (y: number) => Date.UTC(y, mo! - 1, d!, h!, mi!, s ?? 0) - CHINA_OFFSET_MS;
  return at(year) > now + 86_400_000 ? at(year - 1) : at(year);
}

/**
 * An amount as markets write it: "Rp150.000" (dots group thousands), "R$ 1.234,56" (comma decimals), "₫1,250,000",
 * "$12.99", "฿1,290.00". The last separator is the decimal one when two kinds appear; a lone kind followed by exactly
 * three digits groups thousands.
 */
export function parseLocalAmount(text: string | undefined): number | undefined {
  const token = text?.match(/\d[\d.,]*/)?.[0];
  if (!token) return undefined;
  const lastDot = token.lastIndexOf('.');
  const lastComma = token.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) normal = lastDot > lastComma ? token.replace(/,/g, '') : token.replace(/\./g, '').replace(',', '.');
  else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
    const groups = sep ? token.split(sep) : [token];
    const thousands = groups.length > 2 || (groups.length === 2 && groups[1]!.length === 3);
    normal = thousands ? groups.join('') : groups.join('.');
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Order rows found by their content alone: around each order number, the largest element that holds no other order
 * number. Survives any class or attribute rename, as long as each row shows its number (订单编号 + 19 digits).
 */
export function rowsByOrderNumber(root: Element, pattern: RegExp): Element[] {
  const global = new RegExp(pattern.source, 'g');
  const numbersIn = (el: Element) => new Set([...textOf(el).matchAll(global)].map((m) => m[1] ?? m[0])).size;
  const rows = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!pattern.test(node.textContent ?? '') || !node.parentElement) continue;
    let row: Element = node.parentElement;
    while (row.parentElement && row.parentElement !== root && numbersIn(row.parentElement) === 1) row = row.parentElement;
    rows.add(row);
  }
  return [...rows];
}

/**
 * A page's app root by its id, else (a release that dropped the id) the body when it shows the site's order numbers:
 * the root only narrows the search, the rows are found by their numbers either way.
 */
export function appRoot(doc: Document, selector: string, orderNumber: RegExp): Element | null {
  return doc.querySelector(selector) ?? (doc.body && orderNumber.test(textOf(doc.body)) ? doc.body : null);
}
