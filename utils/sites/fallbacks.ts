import { textOf } from './read';
import { field, rowHas } from './fields';

/** Fallbacks shared by every adapter: ways to find a part that do not depend on the site's class names. */

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""]';
/** What a send control says in the markets we serve. */
export const SEND_WORDS = ['发送', '發送', 'Send', 'Kirim', 'Gửi', 'ส่ง', 'Enviar', 'Отправить'];
/** What a remark dialog's save control says. */
export const SAVE_WORDS = ['保存', '确定', '确认', '提交', 'Save', 'OK'];

const outsidePanel = (el: Element) => !el.closest('kefu-panel');

/** The page's one place to type (a textarea or a rich editor); none when there are several to choose from. */
export function onlyEditable(root: ParentNode): HTMLElement | undefined {
  const boxes = [...root.querySelectorAll<HTMLElement>(EDITABLE)].filter(outsidePanel).filter((el) => !el.parentElement?.closest(EDITABLE));
  return boxes.length === 1 ? boxes[0] : undefined;
}

const LABELLED = 'button, [role="button"], a, span, div';

/**
 * The one control under `root` whose own words are one of `words`: the innermost element saying it, or the button
 * around it. Found from the page's text nodes, so a read costs the page's text once, not every container's text.
 */
export function controlByWords(root: Node, words: readonly string[]): HTMLElement | undefined {
  const controls = new Set<HTMLElement>();
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const word = (node.textContent ?? '').trim();
    if (!words.includes(word)) continue;
    const label = node.parentElement?.closest<HTMLElement>(LABELLED);
    if (!label || !outsidePanel(label) || textOf(label) !== word || (root instanceof Element && !root.contains(label))) continue;
    controls.add(label.closest<HTMLElement>('button, [role="button"], a') ?? label);
  }
  return controls.size === 1 ? [...controls][0] : undefined;
}

/** The save control nearest around a remark box: the smallest ancestor holding exactly one control that saves. */
export function saveControlAround(input: Element | undefined): HTMLElement | undefined {
  for (let around = input?.parentElement; around; around = around.parentElement) {
    const found = controlByWords(around, SAVE_WORDS);
    if (found) return found;
  }
  return undefined;
}

/** The name on the conversation the page marks as selected (ARIA), for pages that show the buyer nowhere else. */
export function selectedConversationName(root: ParentNode): string | undefined {
  const selected = root.querySelector('[aria-selected="true"], [aria-current="true"], [aria-current="page"]');
  const first = selected && [...selected.querySelectorAll('*')].find((el) => el.children.length === 0 && textOf(el));
  return textOf(first ?? selected) || undefined;
}

// ——— Structural fallbacks shared by every chat adapter: the conversation found by its shape, not its names. ———

export const EDITABLE_ANY = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
/** A clock time as message rows and conversation lists show it (10:21, 2026-11-30 10:19:02, 2-22 18:55). */
const CLOCK = /(?:^|[^\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/;

const editablesIn = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>(EDITABLE_ANY)].filter(outsidePanel).filter((el) => !el.parentElement?.closest(EDITABLE_ANY));

/** The reply box: the page's one editable area, else the one editable nearest the control that says 发送/Send. */
export function replyBoxNearSend(doc: Document): HTMLElement | undefined {
  const only = onlyEditable(doc);
  if (only) return only;
  const send = controlByWords(doc, SEND_WORDS);
  const boxes = editablesIn(doc);
  for (let around = send?.parentElement; around; around = around.parentElement) {
    const inside = boxes.filter((box) => around.contains(box));
    if (inside.length === 1) return inside[0];
    if (inside.length > 1) return undefined;
  }
  return undefined;
}

/** Elements whose own text shows a clock time, outside editables and our panel. */
function timedElements(root: Element): Element[] {
  const found = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !CLOCK.test(node.textContent ?? '') || parent.closest(`script, style, kefu-panel, ${EDITABLE_ANY}`)) continue;
    found.add(parent);
  }
  return [...found];
}

/**
 * Lists of repeated siblings that carry times: each container whose children (two or more) show a time, and none of
 * those children is itself such a list. On a chat page these are the conversation and the list of conversations.
 */
export function timedLists(root: Element): { container: Element; rows: Element[] }[] {
  const timedChildren = new Map<Element, Set<Element>>();
  for (const timed of timedElements(root)) {
    for (let child: Element = timed, parent = timed.parentElement; parent && child !== root; child = parent, parent = parent.parentElement) {
      let set = timedChildren.get(parent);
      if (!set) timedChildren.set(parent, (set = new Set()));
      set.add(child);
    }
  }
  const lists = [...timedChildren].filter(([, children]) => children.size >= 2);
  const isList = new Set(lists.map(([container]) => container));
  return lists
    .filter(([container, children]) => ![...children].some((child) => [...isList].some((other) => other !== container && child.contains(other))))
    .map(([container, children]) => {
      // The rows are the container's children of the kind that carry times (a row without a time, an image, counts too).
      const tags = new Set([...children].map((c) => c.tagName));
      return { container, rows: [...container.children].filter((c) => tags.has(c.tagName) && outsidePanel(c)) };
    });
}

/** The lists a chat page shows: those whose rows carry times, else (a page that shows no times) the scrolled ones. */
function chatLists(doc: Document): { container: Element; rows: Element[] }[] {
  const timed = timedLists(doc.body);
  return timed.length ? timed : scrolledLists(doc);
}

/** Containers the page scrolls (overflow auto or scroll) whose children, two or more of one tag, hold text. */
function scrolledLists(doc: Document): { container: Element; rows: Element[] }[] {
  const view = doc.defaultView;
  if (!view) return [];
  const lists: { container: Element; rows: Element[] }[] = [];
  for (const el of doc.body.querySelectorAll('*')) {
    if (el.children.length < 2 || !outsidePanel(el) || el.closest(EDITABLE_ANY)) continue;
    const overflow = view.getComputedStyle(el).overflowY;
    if (overflow !== 'auto' && overflow !== 'scroll') continue;
    const rows = [...el.children].filter((c) => !['SCRIPT', 'STYLE'].includes(c.tagName) && textOf(c));
    const tags = new Set(rows.map((r) => r.tagName));
    if (rows.length >= 2 && tags.size === 1) lists.push({ container: el, rows });
  }
  return lists;
}

/** How deep the nearest element holding both `a` and `b` sits: the deeper, the closer they belong together. */
function sharedDepth(a: Element, b: Element): number {
  let around: Element | null = a;
  while (around && !around.contains(b)) around = around.parentElement;
  let depth = 0;
  for (let node = around; node; node = node.parentElement) depth++;
  return depth;
}

/** How much of the reply box's width a list spans (the conversation sits right above the reply box, in its column). */
function overReply(list: Element, reply: Element): number {
  const a = list.getBoundingClientRect();
  const b = reply.getBoundingClientRect();
  return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left));
}

/**
 * The open conversation's message rows found by structure: of the timed lists, the one in the reply box's column
 * (where the page is laid out), else the one sharing the deepest container with it (the conversation list sits
 * further away), else the one with the most rows.
 */
export function conversationRows(doc: Document): Element[] {
  const lists = chatLists(doc);
  if (lists.length === 0) return [];
  const reply = replyBoxNearSend(doc);
  const laidOut = !!reply && reply.getBoundingClientRect().width > 0;
  const rank = (list: { container: Element; rows: Element[] }) => (reply ? (laidOut ? overReply(list.container, reply) : sharedDepth(list.container, reply)) * 1000 : 0) + list.rows.length;
  return lists.sort((a, b) => rank(b) - rank(a))[0]!.rows;
}

/** The list of conversations: a timed list other than the conversation (the one with a selected item or the furthest). */
export function conversationList(doc: Document): Element | undefined {
  const lists = chatLists(doc);
  const rows = new Set(conversationRows(doc));
  return lists.filter((l) => !l.rows.some((r) => rows.has(r)))[0]?.container;
}

export type Side = 'buyer' | 'agent' | 'system';

/**
 * Whose message a row is when no class says it: seller workbenches put the buyer on the left and the agent on the
 * right, system notes centred. From the layout where the page is laid out (the row's content against its column),
 * else from the alignment its styles ask for.
 */
export function sideByAlignment(row: Element): Side | undefined {
  const view = row.ownerDocument.defaultView;
  const box = row.getBoundingClientRect();
  // A row that is its own bubble (narrower than its column) says its side by where it sits in the column.
  const column = row.parentElement?.getBoundingClientRect();
  if (column && box.width > 0 && box.width < column.width * 0.9) {
    const leftGap = box.left - column.left;
    const rightGap = column.right - box.right;
    if (Math.abs(leftGap - rightGap) <= Math.max(12, column.width * 0.06)) return 'system';
    return rightGap < leftGap ? 'agent' : 'buyer';
  }
  const content = contentBox(row);
  if (content && box.width > 0) {
    const leftGap = content.left - box.left;
    const rightGap = box.right - content.right;
    if (Math.abs(leftGap - rightGap) <= Math.max(12, box.width * 0.06) && leftGap > box.width * 0.12) return 'system';
    return rightGap < leftGap ? 'agent' : 'buyer';
  }
  if (!view) return undefined;
  for (let el: Element | null = row; el; el = el.firstElementChild) {
    const style = view.getComputedStyle(el);
    if (style.textAlign === 'right' || style.textAlign === 'end' || style.justifyContent === 'flex-end' || style.flexDirection === 'row-reverse' || style.marginLeft === 'auto') return 'agent';
    if (style.textAlign === 'center') return 'system';
  }
  return 'buyer';
}

/** The box around what a row shows (its text and images), or undefined where nothing is laid out. */
function contentBox(row: Element): { left: number; right: number } | undefined {
  let left = Infinity;
  let right = -Infinity;
  const range = row.ownerDocument.createRange();
  const walker = row.ownerDocument.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text.trim() || (CLOCK.test(text.trim()) && text.trim().length <= 20)) continue;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect?.();
    if (!r || r.width === 0) continue;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  }
  for (const img of row.querySelectorAll('img')) {
    const r = img.getBoundingClientRect();
    if (r.width === 0) continue;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  }
  return left < right ? { left, right } : undefined;
}

/** A row's header line: a short sender name and the time it was sent (`橙子汽水 11-30 10:02:11`). */
const SENDER_AND_TIME = /^[^\s，。！？,.!?]{1,24}\s+(?:\d{2,4}[-/年月.]\d{1,2}(?:[-/月.]\d{1,2}日?)?\s+)?\d{1,2}:\d{2}(?::\d{2})?$/;

/** A row's message text when no class names its bubble: its texts without the time and the sender's name. */
export function rowText(row: Element, names: readonly (string | undefined)[] = []): string {
  const parts: string[] = [];
  const walker = row.ownerDocument.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || (CLOCK.test(text) && text.replace(/[\d\s:/\-年月日]/g, '').length === 0) || names.includes(text) || SENDER_AND_TIME.test(text)) continue;
    parts.push(text);
  }
  return parts.join(' ') || (row.querySelector('img') ? '[图片]' : '');
}

/**
 * The open conversation's name: the item the page marks selected (ARIA), else the list item whose name (its first
 * text) the page also shows outside the list and the messages (the chat header).
 */
export function openConversationName(doc: Document, list: Element | undefined = conversationList(doc)): { name: string; item: Element } | undefined {
  const selected = doc.querySelector('[aria-selected="true"], [aria-current="true"], [aria-current="page"]');
  const aria = selectedConversationName(doc);
  if (selected && aria && (!list || list.contains(selected))) return { name: aria, item: selected };
  if (!list) return undefined;
  const rows = conversationRows(doc);
  const firstText = (item: Element) => [...item.querySelectorAll('*')].map((el) => (el.children.length === 0 ? textOf(el) : '')).find(Boolean) ?? '';
  const elsewhere = new Set<string>();
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement || list.contains(node) || rows.some((row) => row.contains(node)) || node.parentElement.closest('script, style, kefu-panel')) continue;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) elsewhere.add(text);
  }
  const matches = [...list.children].map((item) => ({ item, name: firstText(item) })).filter(({ name }) => name && elsewhere.has(name));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * Whose a message row is: by the adapter's marks first (`buyerMark`, `agentMark`), and when neither says it (a
 * release renamed them), by the row's alignment, recorded as the `messageSide` fallback. `unmarked`: what a row with
 * no mark is on this site when its layout says nothing either (a system note, or the buyer where only the agent's
 * rows are marked).
 */
export function sideOfRow(row: Element, marks: { buyer?: string; agent?: string }, unmarked: Side): Side {
  if (marks.buyer && rowHas('buyerMark', row, marks.buyer)) return 'buyer';
  if (marks.agent && rowHas('agentMark', row, marks.agent)) return 'agent';
  const aligned = sideByAlignment(row);
  // Where only one side is marked, an unmarked row that lines up as that side's lost its mark.
  if (marks.buyer && !marks.agent) return aligned === 'buyer' ? sideByLayout('buyer')! : unmarked;
  if (marks.agent && !marks.buyer) return aligned === 'agent' ? sideByLayout('agent')! : unmarked;
  return sideByLayout(aligned) ?? unmarked;
}

/** A row's side told by its layout rather than a mark: noted as the messageSide field's fallback. */
export const sideByLayout = <S extends string>(side: S | undefined): S | undefined =>
  field(
    'messageSide',
    () => undefined,
    () => side,
  );
