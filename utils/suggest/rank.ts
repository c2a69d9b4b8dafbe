import type { ChatMessage, Template, TemplateLanguage } from '../model';
import { detectIntents } from './intents';
import { detectLanguage } from './language';
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

const W = { keyword: 3, intent: 2, similarity: 2, status: 1, usage: 0.5, otherLanguage: 0.15 };

/** The buyer's messages since our last reply (the last buyer message when we replied last). */
export function pendingBuyerText(messages: readonly ChatMessage[]): string {
  const lastOurs = messages.findLastIndex((m) => m.direction === 'agent' || m.direction === 'robot');
  const pending = messages.slice(lastOurs + 1).filter((m) => m.direction === 'buyer' && !/^\[.+\]$/.test(m.text));
  if (pending.length > 0) return pending.slice(-3).map((m) => m.text).join('\n');
  return messages.findLast((m) => m.direction === 'buyer')?.text ?? '';
}

function statusBoost(template: Template, context: SuggestContext): boolean {
  const status = context.orderStatus ?? '';
  if (/已发货|运输中/.test(status)) return template.category === '物流查询/催发货' || (template.category === '跨境纠纷' && (context.daysSinceShipment ?? 0) >= 25);
  if (/待支付|待付款|未付款/.test(status)) return template.category === '催付';
  if (/待发货|备货中/.test(status)) return template.category === '发货通知' || template.category === '核对地址';
  return false;
}

/** Ranks templates for the buyer's latest messages and the page context; best first, only relevant ones. */
export function rankSuggestions(messages: readonly ChatMessage[], context: SuggestContext, templates: readonly Template[]): RankedSuggestion[] {
  const text = pendingBuyerText(messages);
  if (!text.trim()) return [];
  const language: TemplateLanguage = detectLanguage(text);
  const lower = text.toLowerCase();
  const tokens = tokenize(text, language);
  const intents = detectIntents(text);

  const ranked: RankedSuggestion[] = [];
  for (const template of templates) {
    const reasons: string[] = [];
    let score = 0;
    const hits = template.keywords.filter((k) => lower.includes(k.toLowerCase()));
    if (hits.length > 0) {
      score += W.keyword * Math.min(hits.length, 3);
      reasons.push(...hits.map((k) => `keyword:${k}`));
    }
    if (intents.has(template.category)) {
      score += W.intent;
      reasons.push('intent');
    }
    const similarity = overlap(tokens, tokenize(`${template.title} ${template.keywords.join(' ')} ${template.body}`, template.language));
    if (similarity > 0) {
      score += W.similarity * similarity;
      reasons.push('similar');
    }
    if (score === 0) continue;
    if (statusBoost(template, context)) {
      score += W.status;
      reasons.push('status');
    }
    if (template.usageCount > 0) {
      score += W.usage * Math.log10(1 + template.usageCount);
      reasons.push('usage');
    }
    if (template.language !== language) score *= W.otherLanguage;
    ranked.push({ template, score, reasons });
  }
  return ranked.sort((a, b) => b.score - a.score || a.template.id.localeCompare(b.template.id));
}
