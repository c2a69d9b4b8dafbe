import type { ChatMessage, Template, TemplateLanguage } from '../model';
import { detectIntents } from './intents';
import { detectLanguage } from './language';
import { candidatesFor, suggestIndexFor } from './index';
import { overlap, tokenize } from './tokens';

export interface SuggestContext {
  orderStatus?: string;
  daysSinceShipment?: number;
}

export interface RankedSuggestion {
  template: Template;
  score: number;
  /** Why it ranks (keyword:快递, intent, similar, status, usage) — shown on hover and used in tests. */
  reasons: string[];
}

const W = { keyword: 3, intent: 2, similarity: 2, status: 1, usage: 0.5, otherLanguage: 0.15, earlierMessage: 0.3 };

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
  tokens: Set<string>;
  intents: Set<string>;
  /** The newest message counts fully; earlier unanswered ones less. */
  weight: number;
}

function relevance(template: Template, templateTokens: Set<string>, segment: Segment, reasons: Set<string>): number {
  let score = 0;
  const hits = template.keywords.filter((k) => segment.lower.includes(k.toLowerCase()));
  if (hits.length > 0) {
    score += W.keyword * Math.min(hits.length, 3);
    hits.forEach((k) => reasons.add(`keyword:${k}`));
  }
  if (segment.intents.has(template.category)) {
    score += W.intent;
    reasons.add('intent');
  }
  const similarity = overlap(segment.tokens, templateTokens);
  if (similarity > 0) {
    score += W.similarity * similarity;
    reasons.add('similar');
  }
  return score * segment.weight;
}

/** Ranks templates for the buyer's latest messages and the page context; best first, only relevant ones. */
export function rankSuggestions(messages: readonly ChatMessage[], context: SuggestContext, templates: readonly Template[]): RankedSuggestion[] {
  const texts = pendingBuyerMessages(messages);
  if (texts.length === 0) return [];
  const language: TemplateLanguage = detectLanguage(texts.join('\n'));
  const segments: Segment[] = texts.map((text, i) => ({
    lower: text.toLowerCase(),
    tokens: tokenize(text, language),
    intents: detectIntents(text),
    weight: i === texts.length - 1 ? 1 : W.earlierMessage,
  }));

  const index = suggestIndexFor(templates);
  const candidates = new Set<number>();
  for (const segment of segments) candidatesFor(index, segment.lower, segment.tokens, segment.intents, candidates);
  const ranked: RankedSuggestion[] = [];
  for (const i of candidates) {
    const { template, tokens: templateTokens } = index.items[i]!;
    const reasons = new Set<string>();
    let score = segments.reduce((sum, segment) => sum + relevance(template, templateTokens, segment, reasons), 0);
    if (score === 0) continue;
    if (statusBoost(template, context)) {
      score += W.status;
      reasons.add('status');
    }
    if (template.usageCount > 0) {
      score += W.usage * Math.log10(1 + template.usageCount);
      reasons.add('usage');
    }
    if (template.language !== language) score *= W.otherLanguage;
    ranked.push({ template, score, reasons: [...reasons] });
  }
  return ranked.sort((a, b) => b.score - a.score || a.template.id.localeCompare(b.template.id));
}
