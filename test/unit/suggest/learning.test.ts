import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { allLearned, deleteLearned, importLearned, recordPick } from '@/utils/db/learned';
import { SCHEMA_V4 } from '@/utils/db/schema';
import type { LearnedPhrasing } from '@/utils/model';
import { learnedCounts } from '@/utils/suggest/learned-index';
import { editedAway, LEARNED_PER_TEMPLATE, learnFromPick, mergeLearned, phrasingOf } from '@/utils/suggest/learning';
import { rankSuggestions } from '@/utils/suggest/rank';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';

const at = (n: number) => new Date(Date.UTC(2026, 11, 1, 8, 0, n)).toISOString();

describe('learning a phrasing from a pick', () => {
  it('counts the same words (and alike ones) again, and a rewritten reply against them', () => {
    let list = learnFromPick([], 'zh.presale.stock', ['亲 这件还能买到不'], 'used', at(1));
    expect(list).toMatchObject([{ text: '亲 这件还能买到不', uses: 1, against: 0 }]);
    list = learnFromPick(list, 'zh.presale.stock', ['亲  这件还能买到不'], 'used', at(2));
    expect(list).toMatchObject([{ uses: 2 }]);
    expect(learnedCounts(list[0]!)).toBe(true);
    list = learnFromPick(list, 'zh.presale.stock', ['亲 这件还能买到不'], 'against', at(3));
    expect(list).toMatchObject([{ uses: 2, against: 1 }]);
    expect(learnedCounts(list[0]!)).toBe(false);
  });

  it('keeps no stickers, images or punctuation-only messages, and at most 50 per template (least used, then oldest, go)', () => {
    expect(phrasingOf('[图片]')).toBe('');
    expect(phrasingOf('？？？')).toBe('');
    let list: LearnedPhrasing[] = [{ templateId: 't.x', text: '常用的问法', uses: 9, against: 0, firstAt: at(0), lastAt: at(0) }];
    // 80 messages sharing no character: each a phrasing of its own, used once.
    const distinct = (i: number) => Array.from({ length: 4 }, (_, k) => String.fromCodePoint(0x4e00 + i * 4 + k)).join('');
    for (let i = 0; i < 80; i++) list = learnFromPick(list, 't.x', [distinct(i)], 'used', at(i + 1));
    expect(list).toHaveLength(LEARNED_PER_TEMPLATE);
    expect(list.some((p) => p.text === '常用的问法')).toBe(true);
    expect(list.some((p) => p.text === distinct(0))).toBe(false);
    expect(list.some((p) => p.text === distinct(79))).toBe(true);
  });

  it('tells a reply sent as inserted (or lightly edited) from one rewritten or deleted', () => {
    const inserted = '您好，商品页上可以选择的颜色和尺码都有现货，选不了的是暂时缺货。';
    expect(editedAway(inserted, inserted)).toBe(false);
    expect(editedAway(inserted, `${inserted}黑色M码现在有的。`)).toBe(false);
    expect(editedAway(inserted, '亲，这款黑色已经卖完了，下周二到货')).toBe(true);
    expect(editedAway(inserted, '  ')).toBe(true);
  });

  it('ranks a phrasing like a question once used twice: a message no question matches gets the learned template first', () => {
    const message = [{ direction: 'buyer' as const, text: '这件衣服还能买到不' }];
    const before = rankSuggestions(message, {}, DEFAULT_TEMPLATES, { limit: 3 });
    let learned = learnFromPick([], 'zh.presale.stock', ['这件衣服还能买到不'], 'used', at(1));
    expect(rankSuggestions(message, {}, DEFAULT_TEMPLATES, { limit: 3, learned })[0]?.template.id).toBe(before[0]?.template.id);
    learned = learnFromPick(learned, 'zh.presale.stock', ['这件衣服还能买到不'], 'used', at(2));
    const after = rankSuggestions(message, {}, DEFAULT_TEMPLATES, { limit: 3, learned });
    expect(before[0]?.template.id).not.toBe('zh.presale.stock');
    expect(after[0]).toMatchObject({ template: { id: 'zh.presale.stock' } });
    expect(after[0]!.reasons).toContain('learned:这件衣服还能买到不');
  });

  it('merges an imported file keeping the larger counts', () => {
    const mine = [{ templateId: 'a.b', text: '在吗', uses: 3, against: 1, firstAt: at(5), lastAt: at(9) }];
    const theirs = [
      { templateId: 'a.b', text: '在吗', uses: 5, against: 0, firstAt: at(1), lastAt: at(2) },
      { templateId: 'a.b', text: '有人吗', uses: 2, against: 0, firstAt: at(1), lastAt: at(1) },
    ];
    expect(mergeLearned(mine, theirs)).toEqual([{ templateId: 'a.b', text: '在吗', uses: 5, against: 1, firstAt: at(1), lastAt: at(9) }, theirs[1]]);
  });
});

describe('learned phrasings in the extension database (Dexie v5)', () => {
  let db: AppDB;
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });

  it('records picks, lists, deletes and imports; a v4 database opens as v5 with its rows kept', async () => {
    const name = `learned-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(4).stores(SCHEMA_V4);
    await old.table('meta').put({ key: 'k', value: 1 });
    old.close();
    db = new AppDB(name);
    expect(await db.table('meta').get('k')).toEqual({ key: 'k', value: 1 });
    await recordPick(db, 'zh.presale.stock', ['还能买到不'], 'used', at(1));
    await recordPick(db, 'zh.presale.stock', ['还能买到不', '[图片]'], 'used', at(2));
    expect(await allLearned(db)).toMatchObject([{ templateId: 'zh.presale.stock', text: '还能买到不', uses: 2 }]);
    await importLearned(db, [{ templateId: 'zh.closing', text: '好滴', uses: 4, against: 0, firstAt: at(0), lastAt: at(0) }]);
    expect((await allLearned(db)).map((p) => p.text).sort()).toEqual(['好滴', '还能买到不']);
    await deleteLearned(db, 'zh.closing', '好滴');
    expect((await allLearned(db)).map((p) => p.text)).toEqual(['还能买到不']);
  });
});
