import { describe, expect, it } from 'vitest';
import { CONFIDENCE_FLOOR, rankSuggestions } from '@/utils/suggest/rank';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import { LABELLED_MESSAGES } from './labelled-set';

function quality() {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const m of LABELLED_MESSAGES) {
    const ranked = rankSuggestions([{ direction: 'buyer', text: m.text }], { orderStatus: m.status }, DEFAULT_TEMPLATES, { limit: 3 });
    const categories = ranked.map((r) => r.template.category);
    if (categories[0] === m.category) top1++;
    if (categories.includes(m.category)) top3++;
    else misses.push(`${m.text} → ${categories.join(',') || '(silent)'} (want ${m.category})`);
  }
  return { top1: top1 / LABELLED_MESSAGES.length, top3: top3 / LABELLED_MESSAGES.length, misses };
}

describe('suggestions on the labelled buyer messages', () => {
  it('holds at least 100 messages', () => expect(LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(100));

  it('puts the right category first and in the top 3 often enough', () => {
    const { top1, top3, misses } = quality();
    console.log(`labelled set: ${LABELLED_MESSAGES.length} messages, top-1 ${(top1 * 100).toFixed(1)}%, top-3 ${(top3 * 100).toFixed(1)}%`, misses);
    expect(top1).toBeGreaterThanOrEqual(0.85);
    expect(top3).toBeGreaterThanOrEqual(0.95);
  });

  it('answers a product question from pre-sales, not from bigram noise, and a thank-you with a closing', () => {
    const first = (text: string) => rankSuggestions([{ direction: 'buyer', text }], {}, DEFAULT_TEMPLATES, { limit: 3 })[0]?.template.category;
    expect(first('这款面料起球吗')).toBe('售前咨询');
    expect(first('嗯嗯 麻烦了')).toBe('结束语');
  });

  it('stays silent when nothing is more than a few shared characters', () => {
    // 这款起球 shares only bigrams with templates about this款 or that; the floor keeps the noise out.
    const noisy = rankSuggestions([{ direction: 'buyer', text: '这款多少克' }], {}, DEFAULT_TEMPLATES, { minScore: 0 });
    expect(noisy.some((s) => s.score < CONFIDENCE_FLOOR)).toBe(true);
    expect(rankSuggestions([{ direction: 'buyer', text: '这款多少克' }], {}, DEFAULT_TEMPLATES).every((s) => s.score >= CONFIDENCE_FLOOR)).toBe(true);
  });
});
