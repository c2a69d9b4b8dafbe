import { isValidSelector, selectAll } from '../sites/fields';
import { KIND_ATTRIBUTES, looksGenerated, MEANING_ATTRIBUTES, quoted, TEST_ATTRIBUTES } from './stable-names';

/** What a selector is built on, strongest first: shown to the lead beside the proposal. */
export type SelectorBasis = 'id' | 'test-id' | 'attribute' | 'class' | 'text' | 'anchored' | 'structure';

export interface SelectorProposal {
  selector: string;
  /** How many elements it matches on this page now. */
  matches: number;
  basis: SelectorBasis;
}

interface Candidate {
  selector: string;
  basis: SelectorBasis;
}

const tagOf = (el: Element) => el.localName.replace(/[^a-z0-9-]/g, '');
const plainName = (value: string) => /^-?[a-zA-Z_][\w-]*$/.test(value);

/** Ways to name one element without its generated names, strongest first. */
function ownCandidates(el: Element, byText = false): Candidate[] {
  const tag = tagOf(el);
  const out: Candidate[] = [];
  if (el.id && !looksGenerated(el.id)) out.push({ selector: plainName(el.id) ? `#${el.id}` : `[id=${quoted(el.id)}]`, basis: 'id' });
  const dataNames = [...TEST_ATTRIBUTES, ...el.getAttributeNames().filter((n) => n.startsWith('data-') && !TEST_ATTRIBUTES.includes(n))];
  for (const name of dataNames) {
    const value = el.getAttribute(name);
    if (value === null || looksGenerated(name)) continue;
    const basis = TEST_ATTRIBUTES.includes(name) ? 'test-id' : 'attribute';
    // A value that changes per row (an id, a counter) still tells the kind of element by the attribute's presence.
    out.push(value && !looksGenerated(value) ? { selector: `${tag}[${name}=${quoted(value)}]`, basis } : { selector: `${tag}[${name}]`, basis });
  }
  const byAttributes = (names: string[]) => {
    for (const name of names) {
      const value = el.getAttribute(name);
      if (value && value.length <= 60 && !looksGenerated(value)) out.push({ selector: `${tag}[${name}=${quoted(value)}]`, basis: 'attribute' });
    }
  };
  byAttributes(MEANING_ATTRIBUTES);
  const classes = [...el.classList].filter((c) => plainName(c) && !looksGenerated(c));
  if (classes.length) out.push({ selector: `${tag}.${classes.slice(0, 2).join('.')}`, basis: 'class' });
  if (classes.length > 2) out.push({ selector: `${tag}.${classes[0]!}`, basis: 'class' });
  // A control known by its words (发送, Kirim): steadier than its position, weaker than a name a developer gave it.
  // Never for data (a buyer's name, a message): that text is what changes.
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (byText && text && text.length <= 20 && el.querySelectorAll('*').length <= 3) out.push({ selector: `${tag}:text(${quoted(text)})`, basis: 'text' });
  byAttributes(KIND_ATTRIBUTES);
  return out;
}

const count = selectAll;

/** For one element: the selector must find it first. For a set (rows, messages): it must find it among elements like it. */
function fits(found: Element[], el: Element, many: boolean): boolean {
  if (!found.includes(el)) return false;
  if (!many) return found.length === 1;
  // A set of rows: elements like the sample, none inside another (a selector that also finds their inner parts is too wide).
  return found.length <= 2000 && found.every((other) => other.localName === el.localName && (other === el || !other.contains(el)) && !found.some((outer) => outer !== other && outer.contains(other)));
}

/** The element's place under an ancestor by tag positions only (`div:nth-of-type(2) > span`): the last resort. */
function structuralPath(from: Element, el: Element, many: boolean): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== from; node = node.parentElement) {
    const same = node.parentElement ? [...node.parentElement.children].filter((c) => c.localName === node!.localName) : [];
    // The rows of a set differ only by position: their own step stays unnumbered.
    const numbered = same.length > 1 && !(many && node === el);
    steps.unshift(numbered ? `${tagOf(node)}:nth-of-type(${same.indexOf(node) + 1})` : tagOf(node));
  }
  return steps.join(' > ');
}

/**
 * A selector for an element a lead pointed at, built to survive the site's next release: developer-given ids and
 * test attributes first, then what the element is (name, ARIA label, placeholder, title), then classes a human wrote,
 * each alone or under the nearest ancestor that such names make unique; the element's position only as the last resort.
 * `many`: the element is one of a set (message rows, order rows) and the selector should find the whole set.
 * `byText`: the element is a control whose words may anchor it (a send or save button), not data.
 */
export function proposeSelector(el: Element, { many = false, byText = false }: { many?: boolean; byText?: boolean } = {}): SelectorProposal {
  const doc = el.ownerDocument;
  const own = ownCandidates(el, byText);
  for (const candidate of own) {
    const found = count(doc, candidate.selector);
    if (fits(found, el, many)) return { ...candidate, matches: found.length };
  }
  const inner = [...own.map((c) => c.selector), tagOf(el)];
  for (let ancestor = el.parentElement; ancestor && ancestor !== doc.documentElement; ancestor = ancestor.parentElement) {
    const anchor = ownCandidates(ancestor).find((c) => count(doc, c.selector).length === 1);
    if (!anchor) continue;
    const direct = el.parentElement === ancestor ? inner.map((s) => `${anchor.selector} > ${s}`) : [];
    for (const selector of [...direct, ...inner.map((s) => `${anchor.selector} ${s}`)]) {
      const found = count(doc, selector);
      if (fits(found, el, many)) return { selector, matches: found.length, basis: 'anchored' };
    }
    const selector = `${anchor.selector} > ${structuralPath(ancestor, el, many)}`;
    const found = count(doc, selector);
    if (found.includes(el)) return { selector, matches: found.length, basis: 'structure' };
  }
  const selector = `body > ${structuralPath(doc.body, el, many)}`;
  return { selector, matches: count(doc, selector).length, basis: 'structure' };
}

/** How many elements a selector a lead typed matches here; undefined when it is not a valid selector. */
export function matchCount(doc: Document, selector: string): number | undefined {
  return isValidSelector(selector) ? selectAll(doc, selector).length : undefined;
}
