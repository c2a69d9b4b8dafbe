import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import { rankSuggestions } from '@/utils/suggest/rank';
import { embeddingReranker, RERANK_POOL, RERANKER_ENABLED_BY_DEFAULT, rerankSuggestions, type Encoder, type Reranker } from '@/utils/suggest/rerank';
import { OFF_TOPIC_MESSAGES } from './held-out-set';

/**
 * A fake sentence encoder: one dimension per concept, a text scoring on the concepts its words name (a greeting
 * weighs little beside what is asked, as in a real sentence embedding). Counts what it is asked to encode.
 */
const CONCEPTS: [string, number, string[]][] = [
  ['greeting', 0.3, ['你好', '您好', '在吗', '在不在', '老板']],
  ['stock', 1, ['买到', '有货', '现货', '库存', '缺货', '补货', '还有']],
  ['size', 1, ['尺码', '多大码', '什么码', '偏大', '偏小']],
  ['price', 1, ['多少钱', '价格', '便宜', '优惠']],
];
function fakeEncoder() {
  const seen: string[] = [];
  const encoder: Encoder = {
    async encode(texts) {
      seen.push(...texts);
      return texts.map((text) => Float32Array.from(CONCEPTS.map(([, weight, words]) => (words.some((w) => text.includes(w)) ? weight : 0))));
    },
  };
  return { encoder, seen };
}
const buyer = (text: string) => [{ direction: 'buyer' as const, text }];

describe('the optional semantic re-ranker (Reranker.score over the lexical candidates)', () => {
  it('is off by default', () => expect(RERANKER_ENABLED_BY_DEFAULT).toBe(false));

  it('re-orders the lexical candidates by meaning: 你好 还能买到不 asks about stock, not for a greeting', async () => {
    const lexical = rankSuggestions(buyer('你好 还能买到不'), {}, DEFAULT_TEMPLATES, { limit: 3 });
    expect(lexical[0]!.template.id).toBe('zh.presale.greet');
    const reranked = await rerankSuggestions(buyer('你好 还能买到不'), {}, DEFAULT_TEMPLATES, embeddingReranker(fakeEncoder().encoder));
    expect(reranked[0]!.template.id).toBe('zh.presale.stock');
    expect(reranked[0]!.reasons).toContain('semantic');
  });

  it('never adds a template the lexical ranker left out: off-topic messages stay silent', async () => {
    const everything: Reranker = { score: async (_m, candidates) => candidates.map(() => 1) };
    for (const text of OFF_TOPIC_MESSAGES) expect(await rerankSuggestions(buyer(text), {}, DEFAULT_TEMPLATES, everything)).toEqual([]);
  });

  it('sees at most the lexical top 50, and keeps the lexical order when it fails', async () => {
    const big = Array.from({ length: 120 }, (_, i) => ({ ...DEFAULT_TEMPLATES[0]!, id: `zh.greet.${i}`, questions: ['在吗'] }));
    let seen = 0;
    const counting: Reranker = { score: async (_m, candidates) => ((seen = candidates.length), candidates.map(() => 0)) };
    await rerankSuggestions(buyer('在吗'), {}, big, counting);
    expect(seen).toBe(RERANK_POOL);
    const failing: Reranker = { score: async () => Promise.reject(new Error('model not loaded')) };
    const lexical = rankSuggestions(buyer('能便宜点吗'), {}, DEFAULT_TEMPLATES, { limit: 3 });
    expect(await rerankSuggestions(buyer('能便宜点吗'), {}, DEFAULT_TEMPLATES, failing)).toEqual(lexical);
  });

  it('encodes each template text once and again only when it changes', async () => {
    const { encoder, seen } = fakeEncoder();
    const reranker = embeddingReranker(encoder);
    await rerankSuggestions(buyer('你好 还能买到不'), {}, DEFAULT_TEMPLATES, reranker);
    const first = seen.length;
    await rerankSuggestions(buyer('你好 还能买到不'), {}, DEFAULT_TEMPLATES, reranker);
    expect(seen.length - first).toBe(1); // only the message
    const changed = DEFAULT_TEMPLATES.map((t) => (t.id === 'zh.presale.stock' ? { ...t, body: `${t.body}下周补货。` } : t));
    const before = seen.length;
    await rerankSuggestions(buyer('你好 还能买到不'), {}, changed, reranker);
    expect(seen.slice(before)).toEqual(['你好 还能买到不', `库存与补货 ${changed.find((t) => t.id === 'zh.presale.stock')!.body}`]);
  });
});
