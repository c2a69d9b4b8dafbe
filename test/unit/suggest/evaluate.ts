import type { LearnedPhrasing, Template } from '@/utils/model';
import { rankSuggestions } from '@/utils/suggest/rank';
import { HELD_OUT_MESSAGES as FIRST_HELD_OUT } from './held-out-set';
import { LABELLED_MESSAGES, type LabelledMessage } from './labelled-set';
import { SECOND_HELD_OUT, SECOND_TUNING } from './second-batch';
import { TUNING_EXTRA } from './tuning-extra';

/** The tuning half: what the ranker, the questions and the weights were adjusted by looking at. */
export const TUNING_MESSAGES: LabelledMessage[] = [...LABELLED_MESSAGES, ...TUNING_EXTRA, ...SECOND_TUNING];

/** The held-out half: never looked at message by message, never tuned on. */
export const HELD_OUT_MESSAGES: LabelledMessage[] = [...FIRST_HELD_OUT, ...SECOND_HELD_OUT];

export interface Quality {
  n: number;
  top1: number;
  top3: number;
  silent: number;
  misses: string[];
}

/** Top-1 and top-3 by category (the template a good agent would answer from), with what went wrong. */
export function quality(set: readonly LabelledMessage[], templates: readonly Template[], learned?: readonly LearnedPhrasing[]): Quality {
  let top1 = 0;
  let top3 = 0;
  let silent = 0;
  const misses: string[] = [];
  for (const m of set) {
    const ranked = rankSuggestions([{ direction: 'buyer', text: m.text }], { orderStatus: m.status }, templates, { limit: 3, learned });
    const categories = ranked.map((r) => r.template.category);
    if (categories[0] === m.category) top1++;
    if (categories.includes(m.category)) top3++;
    if (ranked.length === 0) silent++;
    if (categories[0] !== m.category) misses.push(`${m.text} → ${ranked.map((r) => r.template.id).join(',') || '(silent)'} (want ${m.category})`);
  }
  return { n: set.length, top1: top1 / set.length, top3: top3 / set.length, silent, misses };
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
