import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@/utils/model';
import { detectLanguage } from '@/utils/suggest/language';
import { pendingBuyerText } from '@/utils/suggest/pending-buyer';
import { rankSuggestions } from '@/utils/suggest/rank';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';

const buyer = (text: string): ChatMessage => ({ direction: 'buyer', text });
const agent = (text: string): ChatMessage => ({ direction: 'agent', text });

// A labelled set: a buyer message (and order status) → the template that must be in the top 3.
const LABELLED: [string, string | undefined, string][] = [
  ['你好，我的快递怎么还没到？都三天了', '已发货', 'zh.logistics.where'],
  ['在吗', undefined, 'zh.presale.greet'],
  ['能便宜点吗，包邮不', undefined, 'zh.bargain.best-offer'],
  ['什么时候发货啊', '待发货', 'zh.shipping.notice'],
  ['我要改地址，地址写错了', '待发货', 'zh.address.changed'],
  ['收到的橙子坏了好几个', '已发货', 'zh.aftersale.damaged'],
  ['我想退货，不合适', '已发货', 'zh.aftersale.return'],
  ['你们这服务我要给差评', undefined, 'zh.review.followup'],
  ['人呢？等了半天没人回', undefined, 'zh.apology.wait'],
  ['好的谢谢', undefined, 'zh.closing'],
  ['我刚拍错了，拍了两单', '待支付', 'zh.payment.intent'],
  ['Where is my parcel? It has not arrived', '已发货', 'en.shipping.normal'],
  ['The seeds are garbage, half of them are wrong', undefined, 'en.complaint.first'],
  ['Still not received after a month, I want a refund', '已发货', 'en.shipping.refund-offer'],
  ['Tracking says retention reason customs declaration', undefined, 'en.customs.explain'],
  ['Где моя посылка? Уже месяц жду', '已发货', 'ru.shipping.normal'],
  ['Товар пришёл сломанный, это брак', undefined, 'ru.complaint.first'],
  ['До сих пор не получил, верните деньги', '已发货', 'ru.shipping.refund-offer'],
];

describe('rankSuggestions', () => {
  for (const [message, orderStatus, expected] of LABELLED) {
    it(`"${message}" → ${expected} in the top 3`, () => {
      const top = rankSuggestions([buyer(message)], { orderStatus }, DEFAULT_TEMPLATES)
        .slice(0, 3)
        .map((s) => s.template.id);
      expect(top).toContain(expected);
    });
  }

  it('ranks the expected template first for most of the labelled set', () => {
    const firsts = LABELLED.filter(([m, status, expected]) => rankSuggestions([buyer(m)], { orderStatus: status }, DEFAULT_TEMPLATES)[0]?.template.id === expected);
    expect(firsts.length / LABELLED.length).toBeGreaterThanOrEqual(0.8);
  });

  it('prefers templates in the buyer language', () => {
    const [first] = rankSuggestions([buyer('where is my package')], {}, DEFAULT_TEMPLATES);
    expect(first?.template.language).toBe('en');
    const [zh] = rankSuggestions([buyer('快递到哪了')], {}, DEFAULT_TEMPLATES);
    expect(zh?.template.language).toBe('zh-CN');
  });

  it('lets usage break ties between equally relevant templates', () => {
    const a = { ...DEFAULT_TEMPLATES.find((t) => t.id === 'zh.logistics.where')!, id: 'a.copy', usageCount: 0 };
    const b = { ...a, id: 'b.copy', usageCount: 120 };
    expect(rankSuggestions([buyer('快递到哪了')], {}, [a, b])[0]?.template.id).toBe('b.copy');
  });

  it('answers the newest of several unanswered messages first', () => {
    const [first] = rankSuggestions([buyer('你好，我的快递怎么还没到？'), buyer('能便宜点吗？包邮吗')], { orderStatus: '已发货' }, DEFAULT_TEMPLATES);
    expect(first?.template.id).toBe('zh.bargain.best-offer');
  });

  it('suggests nothing without a buyer message, and ignores images', () => {
    expect(rankSuggestions([], {}, DEFAULT_TEMPLATES)).toEqual([]);
    expect(rankSuggestions([{ direction: 'buyer', text: '[图片]' }], {}, DEFAULT_TEMPLATES)).toEqual([]);
  });

  it('reads the buyer messages since our last reply', () => {
    expect(pendingBuyerText([buyer('a'), agent('b'), buyer('c'), buyer('d')])).toBe('c\nd');
    expect(pendingBuyerText([buyer('a'), agent('b')])).toBe('a');
  });

  it('detects zh, en and ru', () => {
    expect(detectLanguage('快递到哪了 DHL')).toBe('zh-CN');
    expect(detectLanguage('Where is it')).toBe('en');
    expect(detectLanguage('Где моя посылка')).toBe('ru');
  });
});
