import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { templateSchema, type Template } from '@/utils/model';
import { flattenGroups, searchPhrases, type PhraseSearchOptions } from '@/utils/phrases/search-phrases';
import { titlesPinyin } from '@/utils/phrases/title-pinyin';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import { replyLanguage } from '@/utils/suggest/language';

const t = (over: Partial<Template> & Pick<Template, 'id' | 'title' | 'body'>): Template => templateSchema.parse({ language: 'zh-CN', category: '其他', ...over });

const LIBRARY = [
  t({ id: 'ship-time', title: '发货时间', body: '亲，付款后48小时内发货。', category: '发货通知', usageCount: 3 }),
  t({ id: 'ship-fast', title: '催发货安抚', body: '已经帮您催仓库了。', category: '物流查询/催发货', usageCount: 9 }),
  t({ id: 'refund', title: '退款进度', body: '退款已提交，请耐心等待。', category: '售后退换' }),
  t({ id: 'mine', title: '我的发货话术', body: '今天一定发出。', category: '发货通知', owner: 'personal', usageCount: 50 }),
  t({ id: 'en-ship', title: 'Shipping time', body: 'We ship within 48 hours.', language: 'en', category: '发货通知' }),
  t({ id: 'ru-ship', title: 'Отправка', body: 'Отправим за 48 часов.', language: 'ru', category: '发货通知' }),
];
// The titles' pinyin as the background hands it to the sidebar.
const known = titlesPinyin([...LIBRARY, ...DEFAULT_TEMPLATES].map((x) => x.title));
const pinyinOf = (title: string) => known[title];
const ids = (query: string, options: PhraseSearchOptions = {}) => flattenGroups(searchPhrases(query, LIBRARY, { pinyin: pinyinOf, ...options })).map((p) => p.id);

describe('searchPhrases', () => {
  it('finds by pinyin initials first, then full pinyin, then the text', () => {
    expect(ids('fhsj')).toEqual(['ship-time']);
    expect(ids('fahuo')).toEqual(['ship-fast', 'ship-time', 'mine']);
    expect(ids('48')).toEqual(['ship-time', 'en-ship', 'ru-ship']);
    expect(ids('退款')).toEqual(['refund']);
    expect(ids('cfh')).toEqual(['ship-fast']);
  });

  it('finds by text alone until the pinyin has arrived', () => {
    expect(flattenGroups(searchPhrases('fhsj', LIBRARY)).map((p) => p.id)).toEqual([]);
    expect(flattenGroups(searchPhrases('退款', LIBRARY)).map((p) => p.id)).toEqual(['refund']);
  });

  it('needs every word of the query', () => {
    expect(ids('fahuo 仓库')).toEqual(['ship-fast']);
    expect(ids('fahuo 不存在')).toEqual([]);
  });

  it("groups the team's phrases before the agent's own, each group by category, most used first", () => {
    const groups = searchPhrases('', LIBRARY, { languages: ['zh-CN'] });
    expect(groups.map((g) => `${g.owner}:${g.category}`)).toEqual(['team:物流查询/催发货', 'team:发货通知', 'team:售后退换', 'personal:发货通知']);
  });

  it("keeps to the reply's languages", () => {
    expect(ids('ship', { languages: ['en'] })).toEqual(['en-ship']);
    expect(ids('48', { languages: ['ru'] })).toEqual(['ru-ship']);
  });

  it('finds every default template by its own title initials (held out: titles this test did not write)', () => {
    for (const template of DEFAULT_TEMPLATES.filter((x) => x.language === 'zh-CN')) {
      const initials = pinyin(template.title.replace(/[^\p{Script=Han}]/gu, ''), { pattern: 'first', toneType: 'none', type: 'array' })
        .join('')
        .slice(0, 4);
      if (initials.length < 2) continue;
      expect(
        flattenGroups(searchPhrases(initials, DEFAULT_TEMPLATES, { pinyin: pinyinOf })).map((x) => x.id),
        template.title,
      ).toContain(template.id);
    }
  });
});

describe('replyLanguage', () => {
  it("is the buyer's, else the agent's on this chat, else the shop's", () => {
    expect(replyLanguage([{ direction: 'buyer', text: 'where is my parcel?' }], 'CNY')).toBe('en');
    expect(replyLanguage([{ direction: 'buyer', text: 'Где посылка?' }], 'USD')).toBe('ru');
    expect(replyLanguage([{ direction: 'agent', text: '您好' }], 'USD')).toBe('zh-CN');
    expect(replyLanguage([], 'CNY')).toBe('zh-CN');
    expect(replyLanguage([], 'USD')).toBe('en');
  });
});
