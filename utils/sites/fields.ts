/**
 * Named fields an adapter reads, each with its default way (an evidenced selector) and a fallback that does not
 * depend on class names (text labels, order-number patterns, ARIA roles, test ids). While a page is read, every
 * field records how it was found, so the panel can show the adapter's health and the log can say when a site broke.
 */
export type FieldVia = 'default' | 'fallback' | 'missing';
export type FieldHealth = Record<string, FieldVia>;

let probe: FieldHealth | null = null;

/** Runs a read with a fresh record of its fields; returns what it found and how. */
export function withFieldProbe<T>(read: () => T): { value: T; health: FieldHealth } {
  const outer = probe;
  probe = {};
  try {
    return { value: read(), health: probe };
  } finally {
    probe = outer;
  }
}

const empty = <T>(found: T | null | undefined) => found == null || (Array.isArray(found) && found.length === 0);

/** The field by its default way, else its fallback; recorded under `name` (a missing field is recorded too). */
export function field<T>(name: string, byDefault: () => T | null | undefined, fallback?: () => T | null | undefined): T | undefined {
  const first = byDefault();
  if (!empty(first)) return note(name, 'default', first!);
  const second = fallback?.();
  if (!empty(second)) return note(name, 'fallback', second!);
  if (probe && !(name in probe)) probe[name] = 'missing';
  return undefined;
}

function note<T>(name: string, via: FieldVia, value: T): T {
  // A field read several times (one per row) keeps its worst way.
  if (probe && probe[name] !== 'missing' && probe[name] !== 'fallback') probe[name] = via;
  return value;
}

/** green: every field by default; amber: some by fallback; red: a field missing. */
export function healthLevel(health: FieldHealth | undefined): 'green' | 'amber' | 'red' | 'none' {
  const ways = Object.values(health ?? {});
  if (ways.length === 0) return 'none';
  return ways.includes('missing') ? 'red' : ways.includes('fallback') ? 'amber' : 'green';
}
