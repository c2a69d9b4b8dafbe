import type { LearnedPhrasing, Template } from '@/utils/model';
import { detectLanguage } from '@/utils/suggest/language';
import { learnFromPick } from '@/utils/suggest/learning';
import { rankSuggestions } from '@/utils/suggest/rank';
import { quality } from './evaluate';
import type { LabelledMessage } from './labelled-set';

/** A fixed pseudo-random stream (mulberry32), so every run replays the same picks. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What a careful agent picks for a message: the best shown template of the right category, or — when none is shown —
 * the one they find with `/` search: the first of that category in the buyer's language.
 */
export function simulatedPick(m: LabelledMessage, templates: readonly Template[], learned: readonly LearnedPhrasing[]): Template | undefined {
  const shown = rankSuggestions([{ direction: 'buyer', text: m.text }], { orderStatus: m.status }, templates, { limit: 3, learned });
  const language = detectLanguage(m.text);
  return (
    shown.find((s) => s.template.category === m.category)?.template ?? templates.find((t) => t.category === m.category && t.language === language) ?? templates.find((t) => t.category === m.category)
  );
}

export interface CurvePoint {
  picks: number;
  top1: number;
  top3: number;
  learned: number;
}

/**
 * Replays `picks` buyer messages drawn from `stream` (with repeats, as buyers repeat themselves), each answered with
 * the simulated pick and learned from; every `every` picks the held-out set is measured with what was learned so far.
 * Returns the curve and what was learned by the end.
 */
export function simulateLearning(
  stream: readonly LabelledMessage[],
  heldOut: readonly LabelledMessage[],
  templates: readonly Template[],
  picks = 200,
  every = 25,
  seed = 31,
): { curve: CurvePoint[]; learned: LearnedPhrasing[] } {
  const next = random(seed);
  let learned: LearnedPhrasing[] = [];
  const measure = (n: number): CurvePoint => {
    const q = quality(heldOut, templates, learned);
    return { picks: n, top1: q.top1, top3: q.top3, learned: learned.length };
  };
  const curve = [measure(0)];
  for (let n = 1; n <= picks; n++) {
    const m = stream[Math.floor(next() * stream.length)]!;
    const pick = simulatedPick(m, templates, learned);
    if (pick) {
      const at = new Date(Date.UTC(2026, 11, 1, 8, 0, n)).toISOString();
      learned = [...learned.filter((p) => p.templateId !== pick.id), ...learnFromPick(learned, pick.id, [m.text], 'used', at)];
    }
    if (n % every === 0) curve.push(measure(n));
  }
  return { curve, learned };
}
