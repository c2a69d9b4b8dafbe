/**
 * Named fields an adapter reads, each with its default way (an evidenced selector) and a fallback that does not
 * depend on class names (text labels, order-number patterns, ARIA roles, test ids). While a page is read, every
 * field records how it was found, so the panel can show the adapter's health and the log can say when a site broke.
 */
/** `override`: a lead's selector found it; `override-missed`: the lead's selector found nothing, the adapter's way ran. */
export type FieldVia = 'default' | 'override' | 'override-missed' | 'fallback' | 'missing';
export type FieldHealth = Record<string, FieldVia>;

let probe: FieldHealth | null = null;
let overrides: Record<string, string> = {};

/** Runs a read with a fresh record of its fields (and the lead's selectors for this site); returns what it found and how. */
export function withFieldProbe<T>(read: () => T, siteOverrides: Record<string, string> = overrides): { value: T; health: FieldHealth } {
  const outer = { probe, overrides };
  probe = {};
  overrides = siteOverrides;
  try {
    return { value: read(), health: probe };
  } finally {
    ({ probe, overrides } = outer);
  }
}

/**
 * The lead's selectors for the site this page belongs to, used by lookups outside a page read (the reply box when a
 * suggestion is filled, the send button on a click). One page, one site: the page session sets them.
 */
export function setPageOverrides(siteOverrides: Record<string, string>): void {
  overrides = siteOverrides;
}

/**
 * A lead's selector is CSS, optionally ending in `:text("…")`: of the elements the CSS finds, those whose text is
 * exactly that (a button that says 发送 and has nothing else that lasts). Text is the anchor CSS cannot express.
 */
const TEXT_SUFFIX = /:text\("((?:[^"\\]|\\.)*)"\)$/;

/** A selector's CSS part (`*` when it is only a text anchor) and the text it asks for, if any. */
function splitSelector(selector: string): { css: string; text: string | undefined } {
  const text = selector.match(TEXT_SUFFIX);
  return { css: (text ? selector.slice(0, text.index) : selector) || '*', text: text?.[1]!.replace(/\\(.)/g, '$1') };
}

const normalText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Elements matching a selector, or none when it is not valid (a lead's typo never throws into the page). */
export function selectAll(root: ParentNode, selector: string): Element[] {
  const { css, text } = splitSelector(selector);
  try {
    const found = [...root.querySelectorAll(css)];
    return text === undefined ? found : found.filter((el) => normalText(el) === text);
  } catch {
    return [];
  }
}

/**
 * Whether a message row carries a mark (`buyerMark`, `agentMark`: whose message it is): the row itself or something
 * in it matches the lead's selector for the mark or the adapter's own. A lead's mark adds to the adapter's, so a
 * fix never makes a row the adapter recognised unrecognised.
 */
export function rowHas(name: string, row: Element, selector: string): boolean {
  const marked = (s: string) => matchesSelector(row, s) || selectAll(row, s).length > 0;
  const override = overrides[name];
  return (!!override && marked(override)) || marked(selector);
}

/** Whether an element itself matches a selector (with or without the `:text("…")` ending); false when it is not valid. */
function matchesSelector(el: Element, selector: string): boolean {
  const { css, text } = splitSelector(selector);
  try {
    return el.matches(css) && (text === undefined || normalText(el) === text);
  } catch {
    return false;
  }
}

/** Whether a lead's selector can be used at all (valid CSS, with or without the `:text("…")` ending). */
export function isValidSelector(selector: string): boolean {
  const { css } = splitSelector(selector);
  try {
    document.createDocumentFragment().querySelector(css);
    return true;
  } catch {
    return false;
  }
}

/**
 * The lead's selector for a field first (`pick` takes what it found, or nothing), then the adapter's `own` way. A
 * lead's selector that matches nothing leaves the adapter's way running, and the record says so.
 */
function leadFirst<T>(name: string, root: ParentNode, pick: (found: Element[]) => T | undefined, own: () => T): T {
  const override = overrides[name];
  const byLead = override ? pick(selectAll(root, override)) : undefined;
  if (byLead !== undefined) return note(name, 'override', byLead);
  const result = own();
  if (override && probe && probe[name] === 'default') probe[name] = 'override-missed';
  return result;
}

/** A field that is a set of elements: the lead's selector, then the adapter's `selector`, then the class-free `fallback`. */
export function fieldElements(name: string, root: ParentNode, selector: string, fallback?: () => Element[]): Element[] {
  return leadFirst(
    name,
    root,
    (found) => (found.length ? found : undefined),
    () => field(name, () => selectAll(root, selector), fallback) ?? [],
  );
}

/** A field that is one element, looked up like `fieldElements` (lead's selector, adapter's own, fallback). */
export function fieldElement<E extends Element = HTMLElement>(name: string, root: ParentNode, own: () => Element | null | undefined, fallback?: () => Element | null | undefined): E | undefined {
  return leadFirst(
    name,
    root,
    (found) => found[0] as E | undefined,
    () => field(name, own, fallback) as E | undefined,
  );
}

const empty = <T>(found: T | null | undefined) => found == null || (Array.isArray(found) && found.length === 0);

/** The field by its default way, else its fallback; recorded under `name` (a missing field is recorded too). */
export function field<T>(name: string, byDefault: () => T | null | undefined, fallback?: () => T | null | undefined): T | undefined {
  const first = byDefault();
  if (!empty(first)) return note(name, 'default', first!);
  const second = fallback?.();
  if (!empty(second)) return note(name, 'fallback', second!);
  note(name, 'missing', undefined);
  return undefined;
}

const RANK: Record<FieldVia, number> = { default: 0, override: 0, 'override-missed': 1, fallback: 2, missing: 3 };

function note<T>(name: string, via: FieldVia, value: T): T {
  // A field read several times (one per row) keeps its worst way.
  if (probe && (probe[name] === undefined || RANK[via] > RANK[probe[name]!])) probe[name] = via;
  return value;
}

/** green: every field by default (or by the lead's selector); amber: a fallback, or a lead's selector that missed; red: a field missing. */
export function healthLevel(health: Partial<FieldHealth> | undefined): 'green' | 'amber' | 'red' | 'none' {
  const ways = Object.values(health ?? {});
  if (ways.length === 0) return 'none';
  return ways.includes('missing') ? 'red' : ways.includes('fallback') || ways.includes('override-missed') ? 'amber' : 'green';
}
