import type { TemplateLanguage } from '../model';

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Words of a text (Intl.Segmenter), lower-cased; for Chinese also character bigrams, so a match does not
 * depend on where the segmenter happens to cut.
 */
export function tokenize(text: string, language: TemplateLanguage): Set<string> {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  const tokens = new Set<string>();
  for (const s of segmenter.segment(text.toLowerCase())) {
    if (!s.isWordLike) continue;
    tokens.add(s.segment);
    if (/\p{Script=Han}/u.test(s.segment)) {
      const chars = [...s.segment];
      for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i]! + chars[i + 1]!);
    }
  }
  return tokens;
}

/** Overlap of two token sets relative to the smaller one (a short message matches a long template). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}
