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
export function withFieldProbe<T>(read: () => T, siteOverrides: Record<string, string> = {}): { value: T; health: FieldHealth } {
  const outer = { probe, overrides };
  probe = {};
  overrides = siteOverrides;
  try {
    return { value: read(), health: probe };
  } finally {
    ({ probe, overrides } = outer);
  }
}

/** Elements matching a selector, or none when it is not valid CSS (a lead's typo never throws into the page). */
function selectAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/**
 * A field that is a set of elements: the lead's selector for it first, then the adapter's `selector`, then the
 * class-free `fallback`. A lead's selector that matches nothing leaves the adapter's way running (and says so).
 */
export function fieldElements(name: string, root: ParentNode, selector: string, fallback?: () => Element[]): Element[] {
  const override = overrides[name];
  if (override) {
    const found = selectAll(root, override);
    if (found.length) return note(name, 'override', found);
  }
  const own = field(name, () => selectAll(root, selector), fallback) ?? [];
  if (override && probe && probe[name] === 'default') probe[name] = 'override-missed';
  return own;
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
