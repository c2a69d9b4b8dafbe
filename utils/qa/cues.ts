/**
 * A cue list as one matcher: Chinese cues match anywhere, Latin and Cyrillic ones as whole words ("hi" is not in
 * "this"). Built once per list (the scorecard's lists are reused for every reply).
 */
export type CueMatcher = (text: string) => string | undefined;

const cache = new WeakMap<readonly string[], CueMatcher>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isWordy = (cue: string) => /^[\p{Script=Latin}\p{Script=Cyrillic}\d' ]+$/u.test(cue);

export function cueMatcher(cues: readonly string[]): CueMatcher {
  const known = cache.get(cues);
  if (known) return known;
  const parts = [...cues].sort((a, b) => b.length - a.length).map((c) => (isWordy(c) ? `(?<![\\p{L}\\d])${escape(c.toLowerCase())}(?![\\p{L}\\d])` : escape(c.toLowerCase())));
  const pattern = parts.length ? new RegExp(parts.join('|'), 'u') : undefined;
  const match: CueMatcher = (text) => (pattern ? pattern.exec(text.toLowerCase())?.[0] : undefined);
  cache.set(cues, match);
  return match;
}
