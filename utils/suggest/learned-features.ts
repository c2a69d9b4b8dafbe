import type { LearnedPhrasing } from '../model';
import type { SuggestIndex } from './index';
import { gramWeight, isFunctionGram, phraseGrams } from './phrases';

/** A word or character pair speaks for a template only once it was in this many of the picks of it. */
export const FEATURE_MIN_PICKS = 2;

/**
 * What the team's picks taught about single words, beside whole phrasings: for each gram (a Chinese character pair,
 * a word, a word's letter triple) the templates it was picked for at least FEATURE_MIN_PICKS times, each with the
 * share of the gram's picks that went to it (亲 goes to every template and points at none; 碎 went to the damage
 * reply). Derived from the stored phrasings and their counts, so it needs no storage of its own.
 */
export interface LearnedFeatures {
  byGram: Map<string, { template: number; share: number }[]>;
}

const built = new WeakMap<readonly LearnedPhrasing[], { library: SuggestIndex; features: LearnedFeatures }>();

export function learnedFeaturesFor(library: SuggestIndex, learned: readonly LearnedPhrasing[]): LearnedFeatures {
  const cached = built.get(learned);
  if (cached && cached.library === library) return cached.features;
  const counts = new Map<string, Map<number, number>>();
  for (const p of learned) {
    const template = library.byId.get(p.templateId);
    const picks = p.uses - p.against;
    if (template === undefined || picks <= 0) continue;
    for (const gram of phraseGrams(p.text)) {
      if (isFunctionGram(gram)) continue;
      let perTemplate = counts.get(gram);
      if (!perTemplate) counts.set(gram, (perTemplate = new Map()));
      perTemplate.set(template, (perTemplate.get(template) ?? 0) + picks);
    }
  }
  const byGram = new Map<string, { template: number; share: number }[]>();
  for (const [gram, perTemplate] of counts) {
    let total = 0;
    for (const n of perTemplate.values()) total += n;
    const speaks = [...perTemplate].filter(([, n]) => n >= FEATURE_MIN_PICKS).map(([template, n]) => ({ template, share: n / total }));
    if (speaks.length > 0) byGram.set(gram, speaks);
  }
  const features = { byGram };
  built.set(learned, { library, features });
  return features;
}

/**
 * How much of a message points at each template by what was learned (0–1): the weight of its grams that speak for
 * the template, each times its share, over the weight of all its grams. A gram's weight is its rarity among the
 * library's questions (the same weight the questions are matched by), so 发货 counts for less than 碎 or size.
 */
export function matchLearnedFeatures(features: LearnedFeatures, library: SuggestIndex, messageGrams: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  if (features.byGram.size === 0) return out;
  let total = 0;
  const support = new Map<number, number>();
  for (const gram of messageGrams) {
    const w = gramWeight(library.questions, gram) ** 2;
    total += w;
    for (const { template, share } of features.byGram.get(gram) ?? []) support.set(template, (support.get(template) ?? 0) + w * share);
  }
  if (total === 0) return out;
  for (const [template, s] of support) out.set(template, s / total);
  return out;
}
