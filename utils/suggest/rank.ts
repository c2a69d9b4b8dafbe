import type { ChatMessage, LearnedPhrasing, Template, TemplateCategory, TemplateLanguage } from '../model';
import { detectIntents } from './intents';
import { detectLanguage } from './language';
import { suggestIndexFor, type SuggestIndex } from './index';
import { learnedIndexFor } from './learned-index';
import { matchPhrases, phraseGrams, type PhraseIndex } from './phrases';
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

const W = { keyword: 3, intent: 2, similarity: 2, status: 1, usage: 0.5, otherLanguage: 0.15, earlierMessage: 0.3, question: 4, questionSimilarity: 6 };

/**
 * How alike (cosine of weighted grams) a message and a template's question must be to count as asking it. Below it a
 * question adds nothing; at it, a question already outranks a keyword and an intent together (4 + 6 × 0.42 > 3 + 2).
 */
export const QUESTION_FLOOR = 0.42;

/** The buyer's messages since our last reply, oldest first (the last buyer message when we replied last). */
export function pendingBuyerMessages(messages: readonly ChatMessage[]): string[] {
  const lastOurs = messages.findLastIndex((m) => m.direction === 'agent' || m.direction === 'robot');
  const pending = messages.slice(lastOurs + 1).filter((m) => m.direction === 'buyer' && !/^\[.+\]$/.test(m.text));
  if (pending.length > 0) return pending.slice(-3).map((m) => m.text);
  const last = messages.findLast((m) => m.direction === 'buyer' && !/^\[.+\]$/.test(m.text));
  return last ? [last.text] : [];
}

export function pendingBuyerText(messages: readonly ChatMessage[]): string {
  return pendingBuyerMessages(messages).join('\n');
}

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
  const scores = new Float64Array(index.items.length);
  const touched: number[] = [];
  const phrases = [index.questions, ...(options.learned?.length ? [learnedIndexFor(index, options.learned)] : [])];
  const asked = new Map<number, string>();
  const signal = new Uint8Array(index.items.length);
  for (const segment of segments) segmentRelevance(index, phrases, segment, scores, touched, asked, signal);
  const ranked: { i: number; score: number }[] = [];
  const floor = options.minScore ?? CONFIDENCE_FLOOR;
  for (const i of touched) {
    const base = scores[i]!;
    // Silent when unsure: shared words alone (what, the, 什么) never make a suggestion; they only order the sure ones.
    if (base === 0 || (!signal[i] && floor > 0)) continue;
    const { template } = index.items[i]!;
    let score = base;
    if (statusBoost(template, context)) score += W.status;
    if (template.usageCount > 0) score += W.usage * Math.log10(1 + template.usageCount);
    if (template.language !== language) score *= W.otherLanguage;
    if (score < floor) continue;
    ranked.push({ i, score });
  }
  const byScore = (a: { i: number; score: number }, b: { i: number; score: number }) => b.score - a.score || index.items[a.i]!.template.id.localeCompare(index.items[b.i]!.template.id);
  const best = options.limit !== undefined ? topK(ranked, options.limit, byScore) : ranked.sort(byScore);
  return best.map(({ i, score }) => ({ template: index.items[i]!.template, score, reasons: reasonsFor(index.items[i]!.template, index.items[i]!.tokens, segments, context, asked.get(i)) }));
}

/**
 * Adds each candidate's weighted relevance to one message into `scores` (touching `touched` once per template):
 * keyword hits from the automaton, the intent, and shared tokens counted from the postings.
 */
function segmentRelevance(index: SuggestIndex, phrases: readonly PhraseIndex[], segment: Segment, scores: Float64Array, touched: number[], asked: Map<number, string>, signal: Uint8Array): void {
  const n = index.items.length;
  const shared = new Uint16Array(n);
  const hits = new Uint8Array(n);
  const mark = new Uint8Array(n);
  const candidates: number[] = [];
  const consider = (i: number) => {
    if (mark[i]) return;
    mark[i] = 1;
    candidates.push(i);
  };
  for (const token of segment.tokens) {
    const postings = index.byToken.get(token);
    if (!postings) continue;
    for (const i of postings) {
      shared[i]!++;
      consider(i);
    }
  }
  const seen = new Set<number>();
  for (const match of index.keywords.search(segment.lower)) {
    if (seen.has(match.pattern) || !atWordStart(segment.lower, match.start)) continue;
    seen.add(match.pattern);
    for (const i of index.keywordOwners[match.pattern]!) {
      if (hits[i]! < 255) hits[i]!++;
      consider(i);
    }
  }
  for (const intent of segment.intents) for (const i of index.byCategory.get(intent as TemplateCategory) ?? []) consider(i);
  const question = new Map<number, number>();
  for (const [k, phraseIndex] of phrases.entries()) {
    for (const [i, match] of matchPhrases(phraseIndex, segment.grams)) {
      if (match.similarity < QUESTION_FLOOR || match.similarity <= (question.get(i) ?? 0)) continue;
      question.set(i, match.similarity);
      if (segment.weight === 1) asked.set(i, `${k === 0 ? 'question' : 'learned'}:${phraseIndex.texts[match.phrase]}`);
      consider(i);
    }
  }
  const size = segment.tokens.size;
  for (const i of candidates) {
    const item = index.items[i]!;
    const similarity = shared[i]! > 0 && size > 0 ? shared[i]! / Math.min(size, item.tokens.size) : 0;
    const asks = question.get(i);
    const relevance =
      W.keyword * Math.min(hits[i]!, 3) + (segment.intents.has(item.template.category) ? W.intent : 0) + W.similarity * similarity + (asks ? W.question + W.questionSimilarity * asks : 0);
    if (hits[i] || asks || segment.intents.has(item.template.category)) signal[i] = 1;
    if (scores[i] === 0 && relevance !== 0) touched.push(i);
    scores[i]! += relevance * segment.weight;
  }
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

const LETTER = /[\p{L}\p{N}]/u;
const HAN_START = /^\p{Script=Han}/u;

/** A keyword in a spaced script counts from the start of a word (ok is not in joke, посылк is in посылку); Chinese anywhere. */
function atWordStart(text: string, start: number): boolean {
  return start === 0 || HAN_START.test(text.slice(start, start + 1)) || !LETTER.test(text[start - 1]!);
}

function hasKeyword(text: string, keyword: string): boolean {
  for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) if (atWordStart(text, at)) return true;
  return false;
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
