import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '@/utils/send-guard/aho-corasick';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';
import { applySuggestion, lintReply } from '@/utils/send-guard/lint-reply';
import { applyAllSuggestions, mergeFindings } from '@/utils/send-guard/merge-findings';
import { decideSend } from '@/utils/send-guard/send-decision';
import { shopBannedTerms, withShopBannedTerms } from '@/utils/send-guard/shop-terms';
import { lintPolicySchema } from '@/utils/model';

const rules = (text: string) => lintReply(text).map((f) => f.ruleId);

describe('lintReply', () => {
  const cases: [string, string, string[]][] = [
    // rule, positive text, negative texts
    ['ad.absolute', '这是全网最低价', ['第一次购买有优惠', '我们第一时间处理', '最近上新了']],
    ['ad.absolute', '品质国家级，销量第一', ['余额不足']],
    ['diversion.phone', '有问题打我电话13812345678', ['订单6925095897028853458已发货']],
    ['diversion.wechat', '加我微信聊', ['微信支付也可以']],
    ['diversion.wechat', '我的vx: kefu_2024ab', ['请在平台内联系']],
    ['diversion.qq', 'QQ：123456789', ['请留言']],
    ['diversion.link', '看这里 https://example.com/a', ['查看订单详情']],
    ['pii.id-number', '您的身份证11010519491231002X已登记', ['订单261120-538127364510922']],
    ['tone.ni', '你好，请问你要什么', ['您好']],
    ['tone.interjection', '额，这个要看看', ['金额是59元', '额度已用完', '感恩有您']],
    ['tone.ellipsis', '好的…', ['好的。']],
    ['tone.ellipsis', '稍等...', ['版本1.2']],
    ['tone.exclamation', '马上发货！', ['马上发货。']],
    ['tone.rhetorical', '页面上不是写了吗', ['页面上有写明']],
    ['tone.subjective', '我觉得这款更适合', ['建议您选这款']],
    ['tone.refusal', '不能优惠', ['功能齐全']],
    ['tone.shouting', 'PLEASE READ THE DESCRIPTION', ['Sent via DHL and USPS']],
    ['tone.push-solution', 'you consider how to deal with this problem', ['We offer a refund or a resend']],
    ['template.unfilled', '单号{物流单号}', ['{not a variable}']],
  ];
  for (const [rule, positive, negatives] of cases) {
    it(`${rule}: flags "${positive}" and not ${negatives.map((n) => `"${n}"`).join(', ')}`, () => {
      expect(rules(positive)).toContain(rule);
      for (const negative of negatives) expect(rules(negative)).not.toContain(rule);
    });
  }

  it('gives exact positions and the suggested rewrite', () => {
    const text = '我觉得你可以试试';
    const findings = lintReply(text);
    const subjective = findings.find((f) => f.ruleId === 'tone.subjective')!;
    expect([subjective.start, subjective.end, subjective.severity]).toEqual([0, 3, 'warn']);
    expect(applySuggestion(text, subjective)).toBe('建议您你可以试试');
    const ni = findings.find((f) => f.ruleId === 'tone.ni')!;
    expect(applySuggestion(text, ni)).toBe('我觉得您可以试试');
  });

  it('uses a given policy and respects disabled rules', () => {
    const policy = lintPolicySchema.parse({ ...DEFAULT_LINT_POLICY, rules: { ...DEFAULT_LINT_POLICY.rules, 'tone.ni': { ...DEFAULT_LINT_POLICY.rules['tone.ni']!, enabled: false } } });
    expect(lintReply('你好', policy).map((f) => f.ruleId)).not.toContain('tone.ni');
    expect(lintReply('你好').map((f) => f.ruleId)).toContain('tone.ni');
  });

  it('counts positions in UTF-16 units around emoji', () => {
    const [finding] = lintReply('😀全网最低').filter((f) => f.ruleId === 'ad.absolute');
    expect(['😀全网最低'.slice(finding!.start, finding!.end)]).toContain('全网最低');
  });
});

describe('AhoCorasick', () => {
  it('finds overlapping patterns', () => {
    const ac = new AhoCorasick(['he', 'she', 'his', 'hers']);
    expect(ac.search('ushers').map((m) => [m.start, m.end, m.pattern])).toEqual([
      [1, 4, 1],
      [2, 4, 0],
      [2, 6, 3],
    ]);
  });
});

describe('decideSend', () => {
  const warn = { ruleId: 'tone.exclamation', severity: 'warn' as const, start: 0, end: 1, message: '' };
  const block = { ruleId: 'ad.absolute', severity: 'block' as const, start: 0, end: 1, message: '' };
  it('blocks on a blocking finding even after confirmation', () => {
    expect(decideSend('x', [warn, block], 'x')).toEqual({ action: 'block', ruleIds: ['ad.absolute'] });
  });
  it('asks once for warnings, then allows the confirmed text only', () => {
    expect(decideSend('x', [warn], undefined)).toEqual({ action: 'confirm', ruleIds: ['tone.exclamation'] });
    expect(decideSend('x', [warn], 'x')).toEqual({ action: 'allow' });
    expect(decideSend('y', [warn], 'x').action).toBe('confirm');
    expect(decideSend('ok', [], undefined)).toEqual({ action: 'allow' });
  });
});

describe('lead-edited policy', () => {
  it('blocks the shop’s own banned words and can replace them', () => {
    const policy = withShopBannedTerms(DEFAULT_LINT_POLICY, ['拼夕夕', ' 拼夕夕 ', '', '假货']);
    expect(shopBannedTerms(policy)).toEqual(['拼夕夕', '假货']);
    expect(lintReply('这不是假货', policy).filter((f) => f.ruleId === 'shop.banned')).toMatchObject([{ severity: 'block', start: 3, end: 5 }]);
    const replaced = withShopBannedTerms(policy, ['山寨']);
    expect(shopBannedTerms(replaced)).toEqual(['山寨']);
    expect(lintReply('这不是假货', replaced).some((f) => f.ruleId === 'shop.banned')).toBe(false);
  });

  it('applies a rule’s severity and switch to its lexicon terms', () => {
    const warnOnly = { ...DEFAULT_LINT_POLICY, rules: { ...DEFAULT_LINT_POLICY.rules, 'ad.absolute': { ...DEFAULT_LINT_POLICY.rules['ad.absolute']!, severity: 'warn' as const } } };
    expect(lintReply('全网最低', warnOnly)[0]?.severity).toBe('warn');
    const off = { ...DEFAULT_LINT_POLICY, rules: { ...DEFAULT_LINT_POLICY.rules, 'ad.absolute': { ...DEFAULT_LINT_POLICY.rules['ad.absolute']!, enabled: false } } };
    expect(lintReply('全网最低', off)).toEqual([]);
  });
});

describe('case folding', () => {
  it('matches Latin and Cyrillic terms in any case, at the original positions', () => {
    const policy = withShopBannedTerms(DEFAULT_LINT_POLICY, ['paypal', 'скидка']);
    const text = '您好 PayPal 和 СКИДКА';
    const found = lintReply(text, policy).filter((f) => f.ruleId === 'shop.banned');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['PayPal', 'СКИДКА']);
  });
});

describe('diversion to other platforms and links, by marketplace', () => {
  const blocking = (text: string, site?: string) =>
    lintReply(text, DEFAULT_LINT_POLICY, { site })
      .filter((f) => f.severity === 'block')
      .map((f) => f.ruleId);

  it('blocks naming another platform as a place to buy or search, but not the marketplace itself', () => {
    expect(blocking('亲，去淘宝搜我们店名更便宜', 'douyin')).toContain('diversion.platform');
    expect(blocking('京东也有卖，您可以去看看', 'pinduoduo')).toContain('diversion.platform');
    expect(blocking('您在拼多多下单就可以了', 'pinduoduo')).not.toContain('diversion.platform');
    expect(blocking('抖音商城搜店名就能找到我们', 'douyin')).not.toContain('diversion.platform');
    expect(blocking('您好，已为您备注，请放心', 'douyin')).toEqual([]);
  });

  it('blocks links off the marketplace and lets its own order and product pages through', () => {
    expect(blocking('链接 https://shop123.taobao.com/item', 'douyin')).toContain('diversion.link');
    expect(blocking('点这里 https://haohuo.jinritemai.com/views/product/item?id=1', 'douyin')).not.toContain('diversion.link');
    expect(blocking('订单 https://mobile.yangkeduo.com/order.html?order_sn=1', 'pinduoduo')).not.toContain('diversion.link');
    expect(blocking('订单 https://mobile.yangkeduo.com/order.html', 'douyin')).toContain('diversion.link');
  });
});

describe('merged findings', () => {
  it('one problem per stretch of text, blocking first, deletable in one click, never the same words twice', () => {
    const text = '加我微信 abc12345 给你优惠';
    const raw = lintReply(text);
    expect(raw.filter((f) => f.ruleId === 'diversion.wechat').length).toBeGreaterThan(1);
    const merged = mergeFindings(raw);
    const wechat = merged.filter((f) => f.ruleId === 'diversion.wechat');
    expect(wechat).toHaveLength(1);
    expect(text.slice(wechat[0]!.start, wechat[0]!.end)).toBe('加我微信 abc12345');
    expect(wechat[0]!.suggestion).toBe('');
    expect(applyAllSuggestions(text, merged)).toBe(' 给您优惠'.replace('您', '你').replace('你', raw.some((f) => f.ruleId === 'tone.ni') ? '您' : '你'));
  });

  it('fixes every blocking contact detail at once', () => {
    const text = '加微信 wx_shop88 或打 138 1234 5678，身份证110101199003074518';
    const merged = mergeFindings(lintReply(text));
    const fixed = applyAllSuggestions(text, merged);
    expect(lintReply(fixed).filter((f) => f.severity === 'block')).toEqual([]);
  });
});
