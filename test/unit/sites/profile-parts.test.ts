import { describe, expect, it } from 'vitest';
import { defineProfile } from '@/utils/sites/define-profile';
import { market, marketsOn, originsOf, withMarkets } from '@/utils/sites/markets';
import { chatPage, gap, hours, kpiRule, minutes, orderDetailPage, orderListPage, seconds, zhEn } from '@/utils/sites/profile-parts';

describe('the pieces profiles are written with', () => {
  it('put Chinese first and English second', () => {
    expect(zhEn('拼多多', 'Pinduoduo')).toEqual({ 'zh-CN': '拼多多', en: 'Pinduoduo' });
  });

  it('state spans in milliseconds', () => {
    expect([seconds(30), minutes(3), hours(12)]).toEqual([30_000, 180_000, 43_200_000]);
  });

  it('give a rule its id, name, definition and counting', () => {
    const definition = { 'zh-CN': '三分钟内回复', en: 'answered within 3 minutes' };
    expect(kpiRule('x3min', { withinMs: minutes(3), fromHour: 8 }, zhEn('三分钟', '3 min'), definition)).toEqual({
      id: 'x3min',
      name: { 'zh-CN': '三分钟', en: '3 min' },
      definition,
      withinMs: 180_000,
      fromHour: 8,
    });
  });

  it('give each page its kind and a gap its pages', () => {
    const page = { match: ['https://a.example/*'], examples: ['https://a.example/'] };
    expect(chatPage({ ...page, enterSends: false }).kind).toBe('chat');
    expect(orderListPage(page).kind).toBe('orderList');
    expect(orderDetailPage(page).kind).toBe('orderDetail');
    expect(gap(['chat', 'orderList'], zhEn('没有', 'none'))).toEqual({ pageKinds: ['chat', 'orderList'], text: { 'zh-CN': '没有', en: 'none' } });
  });

  it('give a market its zone and currency, in the order the site lists its hosts', () => {
    expect(market('TH', 'seller.shopee.co.th')).toEqual({ code: 'TH', host: 'seller.shopee.co.th', timeZone: 'Asia/Bangkok', currency: 'THB' });
    expect(market('CN', 'csp.aliexpress.com', 'USD')).toEqual({ code: 'CN', host: 'csp.aliexpress.com', timeZone: 'Asia/Shanghai', currency: 'USD' });
    const markets = marketsOn((sub) => `seller-${sub}.example.com`, { US: 'us', GB: 'uk', BR: 'br' });
    expect(markets.map((m) => [m.code, m.host])).toEqual([
      ['US', 'seller-us.example.com'],
      ['GB', 'seller-uk.example.com'],
      ['BR', 'seller-br.example.com'],
    ]);
    expect(originsOf(markets)).toEqual(['https://seller-us.example.com', 'https://seller-uk.example.com', 'https://seller-br.example.com']);
  });

  it('fall back on the home market’s zone and currency, as that market has them', () => {
    const markets = [market('GB', 'uk.example.com'), market('CN', 'cn.example.com', 'USD')];
    expect(withMarkets(markets, 'GB')).toEqual({ timeZone: 'Europe/London', currency: 'GBP', regions: markets });
    expect(withMarkets(markets, 'CN')).toMatchObject({ timeZone: 'Asia/Shanghai', currency: 'USD' });
    expect(() => withMarkets(markets, 'US')).toThrow(/no market US/);
  });

  it('make the same profile as the schema’s records written out', () => {
    const definition = { 'zh-CN': '每一轮咨询三分钟内人工回复的占比。', en: 'The share of rounds answered by a person within 3 minutes.' };
    const text = { 'zh-CN': '没有卖家备注。', en: 'No seller note.' };
    const base = { id: 'example', origins: ['https://a.example'], remark: {}, waitThreshold: { warnSec: 120, lateSec: 180 }, evidence: 'test' };
    const chat = { match: ['https://a.example/chat*'], examples: ['https://a.example/chat'], enterSends: true, fields: { replyBox: 'textarea' } };
    const built = defineProfile({
      ...base,
      name: zhEn('例子', 'Example'),
      pages: [chatPage(chat)],
      kpiRules: [kpiRule('example3min', { withinMs: minutes(3), fromHour: 9, toHour: 23 }, zhEn('三分钟', '3 min'), definition)],
      gaps: [gap(['chat'], text)],
    });
    const written = defineProfile({
      ...base,
      name: { 'zh-CN': '例子', en: 'Example' },
      pages: [{ kind: 'chat', ...chat }],
      kpiRules: [{ id: 'example3min', name: { 'zh-CN': '三分钟', en: '3 min' }, definition, withinMs: 3 * 60_000, fromHour: 9, toHour: 23 }],
      gaps: [{ pageKinds: ['chat'], text }],
    });
    expect(built).toStrictEqual(written);
    expect(built.pages[0]).toMatchObject({ kind: 'chat', adapterId: 'example.chat', fields: { replyBox: { selector: 'textarea', fallback: 'the one reply box on the page' } } });
  });
});
