import type { ChatMessage, LearnedPhrasing, Template, TemplateCategory, TemplateLanguage } from '../model';
import { indexOfWordCue, LETTER_OR_DIGIT, startsWord } from '../word-cue';
import { detectIntents } from './intents';
import { detectLanguage } from './language';
import { suggestIndexFor, type SuggestIndex } from './index';
import { learnedFeaturesFor, matchLearnedFeatures, type LearnedFeatures } from './learned-features';
import { learnedIndexFor } from './learned-index';
import { matchPhrases, phraseGrams, type PhraseIndex } from './phrases';
import { pendingBuyerMessages } from './pending-buyer';
import { overlap, tokenize } from './tokens';

export interface SuggestContext {
  orderStatus?: string;
  daysSinceShipment?: number;
}

export interface RankedSuggestion {
  template: Template;
  score: number;
  /** Why it ranks (question:…, learned:…, keyword:快递, intent, similar, status, usage) — shown on hover and used in tests. */
  reasons: string[];
}

const W = { keyword: 3, intent: 2, similarity: 2, status: 1, usage: 0.5, otherLanguage: 0.15, earlierMessage: 0.3, question: 4, questionSimilarity: 6, learnedWords: 8 };

/**
 * How alike (cosine of weighted grams) a message and a template's question must be to count as asking it. Below it a
 * question adds nothing; at it, a question already outranks a keyword and an intent together (4 + 6 × 0.42 > 3 + 2).
 */
export const QUESTION_FLOOR = 0.42;

/**
 * Learned words (what the team's picks taught about single words, see learned-features.ts): a template with this
 * share of the message's weight in words learned for it is suggested on that alone; below it the share only adds to a
 * template something else (a keyword, an intent, a question) already points at. Chosen on the tuning half only.
 */
export const LEARNED_WORDS_FLOOR = 0.35;

function statusBoost(template: Template, context: SuggestContext): boolean {
  const status = context.orderStatus ?? '';
  if (/已发货|运输中/.test(status)) return template.category === '物流查询/催发货' || (template.category === '跨境纠纷' && (context.daysSinceShipment ?? 0) >= 25);
  if (/待支付|待付款|未付款/.test(status)) return template.category === '催付';
  if (/待发货|备货中/.test(status)) return template.category === '发货通知' || template.category === '核对地址';
  return false;
}

interface Segment {
  lower: string;
  grams: string[];
  tokens: Set<string>;
  intents: Set<string>;
  /** The newest message counts fully; earlier unanswered ones less. */
  weight: number;
}

export interface RankOptions {
  /** Only the best this many (the panel shows three): the rest are never sorted or explained. */
  limit?: number;
  /**
   * Silent when unsure: a template below this score (only a few shared characters, no keyword and no intent) is not
   * offered, nor one that only shares words (no keyword, intent or question). 0 lists everything that scores at all.
   */
  minScore?: number;
  /** Phrasings learned on this device from the agent's own picks; those used at least twice rank like questions. */
  learned?: readonly LearnedPhrasing[];
}

/** A keyword or an intent scores 2–3; shared character bigrams alone stay well under 1. */
export const CONFIDENCE_FLOOR = 0.8;

/**
 * Ranks templates for the buyer's latest messages and the page context; best first, only relevant ones. Works from the
 * library's index (built once per library): only templates sharing a token, a keyword or an intent with the messages
 * are touched, and their shared-token counts come from the postings, so a 10,000-template library costs what the
 * messages have in common with it, not its size.
 */
export function rankSuggestions(messages: readonly ChatMessage[], context: SuggestContext, templates: readonly Template[], options: RankOptions = {}): RankedSuggestion[] {
  const texts = pendingBuyerMessages(messages);
  if (texts.length === 0) return [];
  const language: TemplateLanguage = detectLanguage(texts.join('\n'));
  const segments: Segment[] = texts.map((text, i) => ({
    lower: text.toLowerCase(),
    grams: phraseGrams(text),
    tokens: tokenize(text, language),
    intents: detectIntents(text),
    weight: i === texts.length - 1 ? 1 : W.earlierMessage,
  }));

  const index = suggestIndexFor(templates);
  const floor = options.minScore ?? CONFIDENCE_FLOOR;
  const phrases = [index.questions, ...(options.learned?.length ? [learnedIndexFor(index, options.learned)] : [])];
  const asked = new Map<number, string>();
  const features = options.learned?.length ? learnedFeaturesFor(index, options.learned) : undefined;
  const signals = segments.map((segment) => segmentSignals(index, phrases, features, segment, asked));
  const boosted = boostedCategories(index, context);
  const finalScore = (i: number, base: number) => {
    const { template } = index.items[i]!;
    let score = base;
    if (boosted.has(template.category)) score += W.status;
    if (template.usageCount > 0) score += W.usage * Math.log10(1 + template.usageCount);
    if (template.language !== language) score *= W.otherLanguage;
    return score;
  };
  const byScore = (a: { i: number; score: number }, b: { i: number; score: number }) => b.score - a.score || index.items[a.i]!.template.id.localeCompare(index.items[b.i]!.template.id);
  const explain = ({ i, score }: { i: number; score: number }) => ({
    template: index.items[i]!.template,
    score,
    reasons: reasonsFor(index.items[i]!.template, index.items[i]!.tokens, segments, context, asked.get(i)),
  });
  // Silent when unsure: shared words alone (what, the, 什么) never make a suggestion; they only order the sure ones.
  // So with a floor only the templates with a keyword, an intent or a question are scored at all, and their shared
  // words are counted from their own token sets instead of walking every shared word's postings (发货 is in thousands).
  if (floor > 0 && options.limit !== undefined) return bestSignalled(index, segments, signals, options.limit, floor, finalScore, byScore).map(explain);
  const scores = new Map<number, number>();
  for (const [k, segment] of segments.entries()) addRelevance(index, segment, signals[k]!, floor > 0 ? signalled(signals) : undefined, scores);
  const ranked: { i: number; score: number }[] = [];
  for (const [i, base] of scores) {
    if (base === 0) continue;
    const score = finalScore(i, base);
    if (score >= floor) ranked.push({ i, score });
  }
  const best = options.limit !== undefined ? topK(ranked, options.limit, byScore) : ranked.sort(byScore);
  return best.map(explain);
}

type Scored = { i: number; score: number };

/**
 * The best `limit` signalled templates, scoring exactly only those that can still make it: each candidate's score with
 * every message's word share taken as large as it can be is an upper bound, and once the bound of the next falls below the
 * limit-th exact score, no later one can enter (a 10,000-template library has thousands of candidates for 发货).
 */
function bestSignalled(
  index: SuggestIndex,
  segments: readonly Segment[],
  signals: readonly SegmentSignals[],
  limit: number,
  floor: number,
  finalScore: (i: number, base: number) => number,
  byScore: (a: Scored, b: Scored) => number,
): Scored[] {
  const best: Scored[] = [];
  const consider = (candidates: Iterable<number>) => {
    const bounds: Scored[] = [];
    for (const i of candidates) {
      let base = 0;
      for (let k = 0; k < segments.length; k++)
        base += (signalRelevance(index, segments[k]!, signals[k]!, i) + W.similarity * mostSimilarity(index, segments[k]!, signals[k]!, i)) * segments[k]!.weight;
      bounds.push({ i, score: finalScore(i, base) * (1 + 1e-9) + 1e-9 });
    }
    bounds.sort((a, b) => b.score - a.score);
    for (const bound of bounds) {
      if (bound.score < floor || (best.length >= limit && bound.score < best[limit - 1]!.score)) break;
      let base = 0;
      for (let k = 0; k < segments.length; k++) base += relevance(index, segments[k]!, signals[k]!, bound.i, sharedTokens(index, signals[k]!, bound.i)) * segments[k]!.weight;
      if (base === 0) continue;
      const score = finalScore(bound.i, base);
      if (score < floor) continue;
      if (best.length < limit) best.push({ i: bound.i, score });
      else if (byScore({ i: bound.i, score }, best[limit - 1]!) < 0) best[limit - 1] = { i: bound.i, score };
      else continue;
      best.sort(byScore);
    }
  };
  // First what a keyword, a question or learned words point at; then an intent's whole category (hundreds of templates
  // at 10,000) only if a template with nothing but the intent, the most usage and every word shared could still enter.
  const pointed = signalled(signals, false);
  consider(pointed);
  const categories = new Set<TemplateCategory>();
  for (const segment of segments) for (const intent of segment.intents) if (index.byCategory.has(intent as TemplateCategory)) categories.add(intent as TemplateCategory);
  for (const category of categories) {
    const members = index.byCategory.get(category)!;
    if (best.length >= limit) {
      let base = 0;
      for (const segment of segments) base += ((segment.intents.has(category) ? W.intent : 0) + (segment.tokens.size > 0 ? W.similarity : 0)) * segment.weight;
      let usage = 0;
      for (const i of members) usage = Math.max(usage, index.items[i]!.template.usageCount);
      // The status boost at most once, usage at the category's most, and another language only lowers a score.
      const most = base + W.status + W.usage * Math.log10(1 + usage);
      if (most * (1 + 1e-9) + 1e-9 < best[limit - 1]!.score) continue;
    }
    consider(members.filter((i) => !pointed.has(i)));
  }
  return best;
}

/** The most a template's word share with a message can be: it holds at most the message's known tokens, and its own. */
function mostSimilarity(index: SuggestIndex, segment: Segment, signals: SegmentSignals, i: number): number {
  const size = segment.tokens.size;
  if (size === 0) return 0;
  const own = index.items[i]!.tokens.size;
  return Math.min(signals.knownTokens.length, own) / Math.min(size, own);
}

function sharedTokens(index: SuggestIndex, signals: SegmentSignals, i: number): number {
  const tokens = index.items[i]!.tokens;
  let shared = 0;
  for (const token of signals.knownTokens) if (tokens.has(token)) shared++;
  return shared;
}

/** A template's relevance to one message without the word share: keyword hits, intent and question. */
function signalRelevance(index: SuggestIndex, segment: Segment, signals: SegmentSignals, i: number): number {
  const asks = signals.question.get(i);
  return (
    W.keyword * Math.min(signals.hits.get(i) ?? 0, 255, 3) +
    (segment.intents.has(index.items[i]!.template.category) ? W.intent : 0) +
    (asks ? W.question + W.questionSimilarity * asks : 0) +
    W.learnedWords * (signals.learnedWords.get(i) ?? 0)
  );
}

/** A template's relevance to one message, given how many of the message's tokens it holds. */
function relevance(index: SuggestIndex, segment: Segment, signals: SegmentSignals, i: number, shared: number): number {
  const item = index.items[i]!;
  const size = segment.tokens.size;
  const similarity = shared > 0 && size > 0 ? shared / Math.min(size, item.tokens.size) : 0;
  const asks = signals.question.get(i);
  const value =
    W.keyword * Math.min(signals.hits.get(i) ?? 0, 255, 3) +
    (segment.intents.has(item.template.category) ? W.intent : 0) +
    W.similarity * similarity +
    (asks ? W.question + W.questionSimilarity * asks : 0);
  const words = signals.learnedWords.get(i);
  return words === undefined ? value : value + W.learnedWords * words;
}

/** What in one message points at a template by itself: keyword hits, question (or learned phrasing) matches. */
interface SegmentSignals {
  /** Template → distinct keywords of it found at a word start. */
  hits: Map<number, number>;
  /** Template → its best question or learned phrasing at or above the floor. */
  question: Map<number, number>;
  /** Templates of the message's intents' categories. */
  intentTemplates: number[][];
  /** The message's tokens some template holds (the others cannot be shared). */
  knownTokens: string[];
  /** Template → the share of the message's weight in words learned for it (a signal from LEARNED_WORDS_FLOOR up). */
  learnedWords: Map<number, number>;
}

function segmentSignals(index: SuggestIndex, phrases: readonly PhraseIndex[], features: LearnedFeatures | undefined, segment: Segment, asked: Map<number, string>): SegmentSignals {
  const hits = new Map<number, number>();
  const seen = new Set<number>();
  for (const match of index.keywords.search(segment.lower)) {
    if (seen.has(match.pattern) || !atWordStart(segment.lower, match.start)) continue;
    seen.add(match.pattern);
    for (const i of index.keywordOwners[match.pattern]!) hits.set(i, (hits.get(i) ?? 0) + 1);
  }
  const question = new Map<number, number>();
  for (const [k, phraseIndex] of phrases.entries()) {
    for (const [i, match] of matchPhrases(phraseIndex, segment.grams, QUESTION_FLOOR)) {
      if (match.similarity <= (question.get(i) ?? 0)) continue;
      question.set(i, match.similarity);
      if (segment.weight === 1) asked.set(i, `${k === 0 ? 'question' : 'learned'}:${phraseIndex.texts[match.phrase]}`);
    }
  }
  const intentTemplates: number[][] = [];
  for (const intent of segment.intents) intentTemplates.push(index.byCategory.get(intent as TemplateCategory) ?? []);
  const learnedWords = features ? matchLearnedFeatures(features, index, segment.grams) : new Map<number, number>();
  if (segment.weight === 1) for (const [i, share] of learnedWords) if (share >= LEARNED_WORDS_FLOOR && !asked.has(i)) asked.set(i, 'learned-words');
  return { hits, question, intentTemplates, knownTokens: [...segment.tokens].filter((token) => index.byToken.has(token)), learnedWords };
}

/** Every template some message gives a signal for (keyword, intent or question): the only ones a floor lets through. */
function signalled(signals: readonly SegmentSignals[], withIntents = true): Set<number> {
  const out = new Set<number>();
  for (const s of signals) {
    for (const i of s.hits.keys()) out.add(i);
    for (const i of s.question.keys()) out.add(i);
    for (const [i, share] of s.learnedWords) if (share >= LEARNED_WORDS_FLOOR) out.add(i);
    if (withIntents) for (const list of s.intentTemplates) for (const i of list) out.add(i);
  }
  return out;
}

/**
 * Adds each candidate's weighted relevance to one message into `scores`. Without `candidates` (no floor) every
 * template sharing a token is a candidate, found from the postings.
 */
function addRelevance(index: SuggestIndex, segment: Segment, signals: SegmentSignals, candidates: Set<number> | undefined, scores: Map<number, number>): void {
  const add = (i: number, shared: number) => {
    const value = relevance(index, segment, signals, i, shared);
    const had = scores.get(i);
    if (had !== undefined || value !== 0) scores.set(i, (had ?? 0) + value * segment.weight);
  };
  if (candidates) {
    for (const i of candidates) add(i, sharedTokens(index, signals, i));
    return;
  }
  const shared = new Map<number, number>();
  for (const token of segment.tokens) for (const i of index.byToken.get(token) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const all = new Set<number>(shared.keys());
  for (const i of signalled([signals])) all.add(i);
  for (const i of all) add(i, shared.get(i) ?? 0);
}

/** The categories the order's status speaks for (at most a few), worked out once a ranking instead of per template. */
function boostedCategories(index: SuggestIndex, context: SuggestContext): Set<TemplateCategory> {
  const out = new Set<TemplateCategory>();
  if (!context.orderStatus) return out;
  for (const [category, list] of index.byCategory) if (statusBoost(index.items[list[0]!]!.template, context)) out.add(category);
  return out;
}

/** Why a template ranks, for the few shown (question:…/learned:… first, keyword:快递, intent, similar, status, usage). */
function reasonsFor(template: Template, tokens: Set<string>, segments: readonly Segment[], context: SuggestContext, asked: string | undefined): string[] {
  const reasons = new Set<string>();
  if (asked) reasons.add(asked);
  for (const segment of segments) {
    for (const k of template.keywords) if (hasKeyword(segment.lower, k.toLowerCase())) reasons.add(`keyword:${k}`);
    if (segment.intents.has(template.category)) reasons.add('intent');
    if (overlap(segment.tokens, tokens) > 0) reasons.add('similar');
  }
  if (statusBoost(template, context)) reasons.add('status');
  if (template.usageCount > 0) reasons.add('usage');
  return [...reasons];
}

const HAN_START = /^\p{Script=Han}/u;

/** A keyword in a spaced script counts from the start of a word (ok is not in joke, посылк is in посылку); Chinese anywhere. */
function atWordStart(text: string, start: number): boolean {
  return HAN_START.test(text.slice(start, start + 1)) || startsWord(text, start, LETTER_OR_DIGIT);
}

function hasKeyword(text: string, keyword: string): boolean {
  return HAN_START.test(keyword) ? text.includes(keyword) : indexOfWordCue(text, keyword, 0, LETTER_OR_DIGIT, false) >= 0;
}

/** The best `k` by `compare` without sorting the rest. */
function topK<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length < k) {
      best.push(item);
      best.sort(compare);
    } else if (compare(item, best[k - 1]!) < 0) {
      best[k - 1] = item;
      best.sort(compare);
    }
  }
  return best;
}
