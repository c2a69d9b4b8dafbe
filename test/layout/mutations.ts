/**
 * Layout mutations of a saved seller page, as a marketplace's next release might ship them: classes renamed or hashed
 * (with the page's own CSS following), ids dropped, extra wrappers, a label and its value merged into one node or
 * split across three, columns reordered, side columns fixed instead of flex, widths changed, a dark theme. Applied in
 * the browser to the loaded page; seeded, so a failing variant can be replayed from its seed.
 */

export const MUTATIONS = ['classes-renamed', 'classes-hashed', 'ids-dropped', 'wrappers', 'labels-merged', 'labels-split', 'columns-reordered', 'columns-fixed', 'widths', 'dark-theme'] as const;
export type Mutation = (typeof MUTATIONS)[number];

/** mulberry32: small, fast, good enough to spread variants. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Which mutations a seed applies: two to four distinct kinds. */
export function mutationsFor(seed: number): Mutation[] {
  const random = seeded(seed * 7919 + 17);
  const count = 2 + Math.floor(random() * 3);
  const pool = [...MUTATIONS];
  const picked: Mutation[] = [];
  while (picked.length < count) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return picked;
}

const inPanel = (el: Element) => !!el.closest('kefu-panel, [data-layout-harness]');
const elements = (doc: Document) => [...doc.body.querySelectorAll('*')].filter((el) => !inPanel(el) && el.tagName !== 'SCRIPT');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rewriteStyles(doc: Document, rewrite: (css: string) => string): void {
  for (const style of doc.querySelectorAll('style')) if (!inPanel(style)) style.textContent = rewrite(style.textContent ?? '');
}

function hashName(random: () => number): string {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let name = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!;
  for (let i = 0; i < 7; i++) name += chars[Math.floor(random() * chars.length)];
  return name;
}

/** A share of the page's class names replaced (a release renames some, a new build hashes some); the CSS follows. */
function renameClasses(doc: Document, random: () => number, hashed: boolean): void {
  const names = new Set<string>();
  for (const el of elements(doc)) el.classList.forEach((c) => names.add(c));
  const share = 0.2 + random() * 0.3;
  const renamed = new Map<string, string>();
  // A release renames classes one by one: two names never become one (which would merge their styles, a change of
  // layout no release makes by renaming), and a new name is never one the page already uses.
  const taken = new Set(names);
  for (const name of [...names].sort()) {
    if (random() >= share) continue;
    let next = hashed ? hashName(random) : `${name.replace(/[-_]?[a-z]+$/i, '')}${['-v2', '_new', 'Wrap', '--x'][Math.floor(random() * 4)]}`;
    for (let n = 2; taken.has(next); n++) next = `${next.replace(/\d+$/, '')}${n}`;
    taken.add(next);
    renamed.set(name, next);
  }
  for (const el of elements(doc)) {
    const next = [...el.classList].map((c) => renamed.get(c) ?? c);
    if (next.some((c, i) => c !== el.classList[i])) el.setAttribute('class', next.join(' '));
  }
  rewriteStyles(doc, (css) => {
    let out = css;
    for (const [from, to] of renamed) {
      out = out.replace(new RegExp(`\\.${escapeRe(from)}(?![\\w-])`, 'g'), `.${to}`);
      out = out.replace(new RegExp(`(\\[class[\\^*$~|]?=["'])${escapeRe(from)}`, 'g'), `$1${to}`);
    }
    return out;
  });
}

/** Half the ids removed; the page's own styles keep working through an attribute the adapters do not know. */
function dropIds(doc: Document, random: () => number): void {
  const dropped: string[] = [];
  for (const el of elements(doc)) {
    if (!el.id || random() >= 0.5) continue;
    dropped.push(el.id);
    el.setAttribute('data-v', el.id);
    el.removeAttribute('id');
  }
  rewriteStyles(doc, (css) => dropped.reduce((out, id) => out.replace(new RegExp(`#${escapeRe(id)}(?![\\w-])`, 'g'), `[data-v="${id}"]`), css));
}

/** Extra wrapper divs around some elements (inside flex and grid parents they take no box, as frameworks' do). */
function addWrappers(doc: Document, random: () => number): void {
  const view = doc.defaultView!;
  for (const el of elements(doc)) {
    if (random() >= 0.12 || !el.parentElement || el.parentElement === doc.documentElement || ['TD', 'TR', 'TBODY', 'THEAD', 'LI', 'OPTION', 'HTML', 'BODY'].includes(el.tagName)) continue;
    if (['UL', 'OL', 'TABLE', 'TBODY', 'TR', 'SELECT'].includes(el.parentElement.tagName)) continue;
    const wrapper = doc.createElement('div');
    wrapper.className = hashName(random);
    const display = view.getComputedStyle(el.parentElement).display;
    const inline = view.getComputedStyle(el).display.startsWith('inline');
    if (display.includes('flex') || display.includes('grid') || inline) wrapper.style.display = 'contents';
    el.replaceWith(wrapper);
    wrapper.append(el);
  }
}

const LABEL = /^(.{1,12}?[:：])$/;

/** Label + value pairs: `<span>订单编号：</span><span>261120-…</span>` (or a label leaf and its next leaf). */
function labelPairs(doc: Document): [Element, Element][] {
  const pairs: [Element, Element][] = [];
  for (const el of elements(doc)) {
    if (el.children.length || !LABEL.test((el.textContent ?? '').trim())) continue;
    const value = el.nextElementSibling;
    if (value && value.children.length === 0 && (value.textContent ?? '').trim()) pairs.push([el, value]);
  }
  return pairs;
}

/** Each label and its value written as one text node (`订单编号：261120-…`). */
function mergeLabels(doc: Document): void {
  for (const [label, value] of labelPairs(doc)) {
    label.textContent = `${(label.textContent ?? '').trim()}${(value.textContent ?? '').trim()}`;
    value.remove();
  }
}

/** Each label split in two nodes before its value: three nodes where there were two (`订单` `编号：` `261120-…`). */
function splitLabels(doc: Document): void {
  for (const [label] of labelPairs(doc)) {
    const text = (label.textContent ?? '').trim();
    const cut = Math.max(1, Math.floor((text.length - 1) / 2));
    const head = doc.createElement(label.tagName);
    head.textContent = text.slice(0, cut);
    label.textContent = text.slice(cut);
    label.before(head);
  }
}

/** The page's main row of columns: the widest flex row with two or more children, at least half the window tall. */
function mainRow(doc: Document): HTMLElement | undefined {
  const view = doc.defaultView!;
  let best: HTMLElement | undefined;
  let bestArea = 0;
  for (const el of elements(doc) as HTMLElement[]) {
    if (el.children.length < 2) continue;
    const style = view.getComputedStyle(el);
    if (!style.display.includes('flex') || style.flexDirection.startsWith('column')) continue;
    const box = el.getBoundingClientRect();
    if (box.height < view.innerHeight * 0.5) continue;
    const area = box.width * box.height;
    if (area > bestArea) [best, bestArea] = [el, area];
  }
  return best;
}

const columnsOf = (row: HTMLElement) => [...row.children].filter((c) => c instanceof HTMLElement && c.tagName !== 'SCRIPT' && c.getBoundingClientRect().width > 0) as HTMLElement[];

/** The columns in another order: the list on the right, the order column on the left, or the two swapped. */
function reorderColumns(doc: Document, random: () => number): void {
  const row = mainRow(doc);
  if (!row) return;
  const cols = columnsOf(row);
  if (cols.length < 2) return;
  const way = Math.floor(random() * 3);
  if (way === 0) row.append(cols[0]!);
  else if (way === 1) row.prepend(cols[cols.length - 1]!);
  else for (const col of cols.reverse()) row.append(col);
}

/** A side column taken out of the flow: fixed to its edge of the window at a set width, the rest making room. */
function fixColumns(doc: Document, random: () => number): void {
  const row = mainRow(doc);
  if (!row) return;
  const cols = columnsOf(row);
  if (cols.length < 2) return;
  const side = random() < 0.5 ? 'left' : 'right';
  const col = side === 'left' ? cols[0]! : cols[cols.length - 1]!;
  const width = [280, 320, 360][Math.floor(random() * 3)]!;
  Object.assign(col.style, { position: 'fixed', top: '0', bottom: '0', [side]: '0', width: `${width}px`, boxSizing: 'border-box', overflow: 'auto' });
  row.style.setProperty(side === 'left' ? 'margin-left' : 'margin-right', `${width}px`);
}

/** Side columns made narrower or wider (±30 %). */
function changeWidths(doc: Document, random: () => number): void {
  const row = mainRow(doc);
  if (!row) return;
  for (const col of columnsOf(row)) {
    const width = col.getBoundingClientRect().width;
    if (width > doc.defaultView!.innerWidth * 0.4) continue;
    const next = Math.round(width * (0.7 + random() * 0.6));
    Object.assign(col.style, { width: `${next}px`, flex: `0 0 ${next}px` });
  }
}

function darkTheme(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = 'html, body, body *:not(kefu-panel) { background-color: #1e1f22 !important; color: #d6d8dc !important; border-color: #3a3c40 !important; }';
  doc.head.append(style);
}

/** Applies a seed's mutations to the loaded page; returns what was applied. */
export function mutatePage(doc: Document, seed: number, kinds: readonly Mutation[] = mutationsFor(seed)): Mutation[] {
  const random = seeded(seed);
  for (const kind of kinds) {
    if (kind === 'classes-renamed') renameClasses(doc, random, false);
    else if (kind === 'classes-hashed') renameClasses(doc, random, true);
    else if (kind === 'ids-dropped') dropIds(doc, random);
    else if (kind === 'wrappers') addWrappers(doc, random);
    else if (kind === 'labels-merged') mergeLabels(doc);
    else if (kind === 'labels-split') splitLabels(doc);
    else if (kind === 'columns-reordered') reorderColumns(doc, random);
    else if (kind === 'columns-fixed') fixColumns(doc, random);
    else if (kind === 'widths') changeWidths(doc, random);
    else darkTheme(doc);
  }
  return [...kinds];
}
