import { describe, expect, it } from 'vitest';
import type { LearnedPhrasing } from '@/utils/model';
import { suggestIndexFor } from '@/utils/suggest/index';
import { FEATURE_MIN_PICKS, learnedFeaturesFor, matchLearnedFeatures } from '@/utils/suggest/learned-features';
import { learnFromPick } from '@/utils/suggest/learning';
import { phraseGrams } from '@/utils/suggest/phrases';
import { rankSuggestions } from '@/utils/suggest/rank';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';

const at = (n: number) => new Date(Date.UTC(2026, 11, 1, 8, 0, n)).toISOString();
const learnAll = (picks: [string, string][]) =>
  picks.reduce<LearnedPhrasing[]>((learned, [templateId, text], n) => [...learned.filter((p) => p.templateId !== templateId), ...learnFromPick(learned, templateId, [text], 'used', at(n))], []);
const top = (text: string, learned?: LearnedPhrasing[]) => rankSuggestions([{ direction: 'buyer', text }], {}, DEFAULT_TEMPLATES, { limit: 3, learned });

describe('learned words: what picks of other messages teach about a new one', () => {
  const index = suggestIndexFor(DEFAULT_TEMPLATES);
  const fit = index.byId.get('zh.presale.fit')!;

  it('a word speaks for a template only after it was in two picks of it, and for each template by its share of the picks', () => {
    const once = learnedFeaturesFor(index, learnAll([['zh.presale.fit', '体重一百二十斤']]));
    expect(FEATURE_MIN_PICKS).toBe(2);
    expect(once.byGram.get('斤')).toBeUndefined();
    const twice = learnedFeaturesFor(
      index,
      learnAll([
        ['zh.presale.fit', '体重一百二十斤'],
        ['zh.presale.fit', '九十斤的女生'],
        ['zh.aftersale.return', '买了三斤的'],
      ]),
    );
    expect(twice.byGram.get('斤')).toEqual([{ template: fit, share: 2 / 3 }]);
    // Counted against: a pick whose reply was rewritten away takes its use back.
    const against = learnedFeaturesFor(index, [
      { templateId: 'zh.presale.fit', text: '体重一百二十斤', uses: 1, against: 0, firstAt: at(0), lastAt: at(0) },
      { templateId: 'zh.presale.fit', text: '九十斤的女生', uses: 1, against: 1, firstAt: at(0), lastAt: at(0) },
    ]);
    expect(against.byGram.get('斤')).toBeUndefined();
  });

  it('a message never picked, sharing only learned words, gets the template (and is silent before)', () => {
    const message = '我108斤平时穿衣偏瘦';
    expect(top(message)).toEqual([]);
    const learned = learnAll([
      ['zh.presale.fit', '我95斤平时穿s'],
      ['zh.presale.fit', '113斤偏瘦平时穿哪个'],
      ['zh.presale.fit', '100斤偏瘦'],
    ]);
    // Each phrasing was used once, so none ranks by itself: only the words (斤, 平时, 偏瘦 in two picks or more) carry over.
    expect(learned.every((p) => p.uses === 1)).toBe(true);
    const after = top(message, learned);
    expect(after[0]).toMatchObject({ template: { id: 'zh.presale.fit' } });
    expect(after[0]!.reasons).toContain('learned-words');
    expect(matchLearnedFeatures(learnedFeaturesFor(index, learned), index, phraseGrams(message)).get(fit)).toBeGreaterThan(0.35);
  });

  it('words the team picked for many templates point at none, and an unrelated message stays silent', () => {
    const learned = learnAll(
      DEFAULT_TEMPLATES.filter((t) => t.language === 'zh-CN').flatMap((t) => [
        [t.id, `哈喽朋友 ${t.title}`],
        [t.id, `哈喽朋友 麻烦 ${t.title}`],
      ]) as [string, string][],
    );
    const features = learnedFeaturesFor(index, learned);
    expect(features.byGram.get('哈喽')!.every((s) => s.share < 0.1)).toBe(true);
    expect(top('哈喽朋友', learned)).toEqual([]);
    expect(top('哈喽朋友 明天北京会下雨吗', learned)).toEqual([]);
  });
});
