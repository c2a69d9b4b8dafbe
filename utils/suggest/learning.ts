import { MAX_QUESTION_LENGTH, type LearnedPhrasing } from '../model';
import { phraseSimilarity } from './phrases';

/** The most phrasings kept per template; past it the least useful (then the oldest) go. */
export const LEARNED_PER_TEMPLATE = 50;
/** A buyer message this alike to a kept phrasing counts as another use of it (在吗亲 and 亲 在吗). */
export const SAME_PHRASING = 0.7;

export type PickOutcome = 'used' | 'against';

/** A buyer message as a phrasing: one line, spaces folded, cut to a question's length; nothing worth keeping is ''. */
export function phrasingOf(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (/^\[.+\]$/.test(one) || !/[\p{L}\p{N}]/u.test(one)) return '';
  return [...one].slice(0, MAX_QUESTION_LENGTH).join('');
}

/**
 * Whether the agent sent something else than the template they inserted: the box emptied, or most of the text
 * rewritten (under half of its character pairs left). Then the pick counts against the phrasing, not for it.
 */
export function editedAway(inserted: string, sent: string): boolean {
  const pairs = (s: string) => {
    const chars = [...s.replace(/\s+/g, '')];
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < chars.length; i++) out.set(chars[i]! + chars[i + 1]!, (out.get(chars[i]! + chars[i + 1]!) ?? 0) + 1);
    return out;
  };
  const a = pairs(inserted);
  const b = pairs(sent);
  if (b.size === 0) return true;
  let kept = 0;
  let total = 0;
  for (const [pair, n] of a) {
    total += n;
    kept += Math.min(n, b.get(pair) ?? 0);
  }
  return total > 0 && kept / total < 0.5;
}

const worth = (p: LearnedPhrasing) => p.uses - p.against;

/**
 * One template's phrasings after the agent answered `buyerTexts` with it: each text becomes a phrasing (or another
 * use of the same one), kept phrasings alike to it count once more, and a rewritten or deleted reply counts against
 * them instead. Bounded to LEARNED_PER_TEMPLATE. Pure: the caller stores the result.
 */
export function learnFromPick(kept: readonly LearnedPhrasing[], templateId: string, buyerTexts: readonly string[], outcome: PickOutcome, now: string): LearnedPhrasing[] {
  const next = kept.filter((p) => p.templateId === templateId).map((p) => ({ ...p }));
  for (const raw of new Set(buyerTexts.map(phrasingOf).filter(Boolean))) {
    let exact = false;
    for (const p of next) {
      const same = p.text === raw;
      if (!same && phraseSimilarity(p.text, raw) < SAME_PHRASING) continue;
      exact ||= same;
      if (outcome === 'used') p.uses++;
      else p.against++;
      p.lastAt = now;
    }
    if (!exact && outcome === 'used') next.push({ templateId, text: raw, uses: 1, against: 0, firstAt: now, lastAt: now });
  }
  return bounded(next);
}

export function bounded(list: LearnedPhrasing[], max = LEARNED_PER_TEMPLATE): LearnedPhrasing[] {
  if (list.length <= max) return list;
  return [...list].sort((a, b) => worth(b) - worth(a) || b.lastAt.localeCompare(a.lastAt)).slice(0, max);
}

/** Phrasings from a file merged into the device's: the same (template, text) keeps the larger counts. */
export function mergeLearned(current: readonly LearnedPhrasing[], incoming: readonly LearnedPhrasing[]): LearnedPhrasing[] {
  const key = (p: LearnedPhrasing) => `${p.templateId}\u0000${p.text}`;
  const byKey = new Map(current.map((p) => [key(p), { ...p }]));
  for (const p of incoming) {
    const had = byKey.get(key(p));
    if (!had) byKey.set(key(p), { ...p });
    else
      Object.assign(had, {
        uses: Math.max(had.uses, p.uses),
        against: Math.max(had.against, p.against),
        firstAt: had.firstAt < p.firstAt ? had.firstAt : p.firstAt,
        lastAt: had.lastAt > p.lastAt ? had.lastAt : p.lastAt,
      });
  }
  const perTemplate = new Map<string, LearnedPhrasing[]>();
  for (const p of byKey.values()) perTemplate.set(p.templateId, [...(perTemplate.get(p.templateId) ?? []), p]);
  return [...perTemplate.values()].flatMap((list) => bounded(list));
}
