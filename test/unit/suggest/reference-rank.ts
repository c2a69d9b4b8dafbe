import type { ChatMessage, Template, TemplateLanguage } from '@/utils/model';
import { detectIntents } from '@/utils/suggest/intents';
import { detectLanguage } from '@/utils/suggest/language';
import { pendingBuyerMessages } from '@/utils/suggest/pending-buyer';
import type { RankedSuggestion, SuggestContext } from '@/utils/suggest/rank';
import { buildPhraseIndex, matchPhrases, phraseGrams } from '@/utils/suggest/phrases';
import { QUESTION_FLOOR } from '@/utils/suggest/rank';
import { overlap, tokenize } from '@/utils/suggest/tokens';

/**
 * The ranker as it was before the index (round 2): every template tokenized and scored on every call. Kept only as
 * the oracle the indexed ranker's top 3 are compared with, and as the benchmark's "before".
 */
const W = { keyword: 3, intent: 2, similarity: 2, status: 1, usage: 0.5, otherLanguage: 0.15, earlierMessage: 0.3, question: 4, questionSimilarity: 6 };
const startsWord = (text: string, k: string) => (/^\p{Script=Han}/u.test(k) ? text.includes(k) : new RegExp(`(?<![\\p{L}\\p{N}])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text));

export function referenceRank(messages: readonly ChatMessage[], context: SuggestContext, templates: readonly Template[]): RankedSuggestion[] {
  const texts = pendingBuyerMessages(messages);
  if (texts.length === 0) return [];
  const language: TemplateLanguage = detectLanguage(texts.join('\n'));
  const segments = texts.map((text, i) => ({ text, lower: text.toLowerCase(), tokens: tokenize(text, language), intents: detectIntents(text), weight: i === texts.length - 1 ? 1 : W.earlierMessage }));
  const ranked: RankedSuggestion[] = [];
  // Each template's questions scanned on their own (an index of one template's questions weighs grams differently, so
  // the weights come from one index of all of them; only which templates are looked at differs from the ranker).
  const questions = buildPhraseIndex(templates.flatMap((t, templateIndex) => t.questions.map((text) => ({ templateIndex, text }))));
  const asked = segments.map((segment) => matchPhrases(questions, phraseGrams(segment.text)));
  for (const [ti, template] of templates.entries()) {
    const reasons = new Set<string>();
    const templateTokens = tokenize(`${template.title} ${template.keywords.join(' ')} ${template.body}`, template.language);
    let score = 0;
    for (const [si, segment] of segments.entries()) {
      let s = 0;
      const hits = template.keywords.filter((k) => startsWord(segment.lower, k.toLowerCase()));
      const similarity = asked[si]!.get(ti)?.similarity ?? 0;
      if (similarity >= QUESTION_FLOOR) s += W.question + W.questionSimilarity * similarity;
      if (hits.length) s += W.keyword * Math.min(hits.length, 3);
      if (segment.intents.has(template.category)) s += W.intent;
      s += W.similarity * overlap(segment.tokens, templateTokens);
      score += s * segment.weight;
    }
    if (score === 0) continue;
    const status = context.orderStatus ?? '';
    if (
      (/已发货|运输中/.test(status) && template.category === '物流查询/催发货') ||
      (/待支付|待付款|未付款/.test(status) && template.category === '催付') ||
      (/待发货|备货中/.test(status) && (template.category === '发货通知' || template.category === '核对地址'))
    )
      score += W.status;
    if (template.usageCount > 0) score += W.usage * Math.log10(1 + template.usageCount);
    if (template.language !== language) score *= W.otherLanguage;
    ranked.push({ template, score, reasons: [...reasons] });
  }
  return ranked.sort((a, b) => b.score - a.score || a.template.id.localeCompare(b.template.id));
}
