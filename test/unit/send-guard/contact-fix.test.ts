import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';
import { fixAll } from '@/utils/send-guard/fix-all';
import { lintReply, type LintContext } from '@/utils/send-guard/lint-reply';
import { mergeFindings } from '@/utils/send-guard/merge-findings';
import { parseVariantLines, variantLines } from '@/utils/send-guard/variants';
import { SITES } from '@/utils/sites';

const lint = (context: LintContext) => (text: string) => lintReply(text, DEFAULT_LINT_POLICY, context);
const spans = (text: string, context: LintContext = {}) => mergeFindings(lint(context)(text)).map((f) => text.slice(f.start, f.end));
const chatSites = SITES.filter((s) => s.adapters.some((a) => a.pageKind === 'chat')).map((s) => s.profile.id);

describe('a finding covers the whole contact', () => {
  it('takes the number or handle after the app name, on every chat site', () => {
    expect(chatSites.length).toBeGreaterThanOrEqual(6);
    for (const site of chatSites) {
      const text = 'add me on whats app +62 812 3456 7890';
      expect(spans(text, { site })).toEqual(['whats app +62 812 3456 7890']);
      const result = fixAll(text, lint({ site }));
      expect(result.text, site).not.toMatch(/\d/);
      expect(result.left, site).toEqual([]);
    }
  });

  it('finds any country’s number in international form, the market’s own national form, and never an order number', () => {
    expect(spans('call me at +1 (415) 555-2671 please')).toContain('+1 (415) 555-2671');
    expect(spans('звоните +7 912 345-67-89')).toContain('+7 912 345-67-89');
    expect(spans('nomor saya 0812 3456 7890', { country: 'ID' })).toContain('0812 3456 7890');
    expect(spans('nomor saya 0812 3456 7890')).toEqual([]);
    expect(spans('您的订单 261120-538127364510922 已发货，物流单号 YT7712345678901')).toEqual([]);
    expect(spans('order +6281234567890 shipped', { country: 'ID' })).toEqual([]);
  });

  it('takes a handle after a contact app: telegram @shop_helper, 威信 abc123', () => {
    expect(spans('my telegram is @shop_helper ok')).toEqual(['telegram is @shop_helper']);
    expect(fixAll('亲加我威信abc123哦', lint({ site: 'pinduoduo' })).text).not.toMatch(/abc|威信/);
  });
});

describe('全部修正 fixes everything it can and says what is left', () => {
  it('re-checks until nothing fixable is left', () => {
    const result = fixAll('亲加我威信abc123哦', lint({ site: 'pinduoduo' }));
    expect(result.text).toBe('亲哦');
    expect(result.fixed).toBe(1);
    // 哦 is a tone warning with no automatic fix: listed for the agent, not silently kept as "fixed".
    expect(result.left.map((f) => f.ruleId)).toEqual(['tone.interjection']);
  });

  it('leaves no double spaces or stray space before punctuation where it deleted', () => {
    expect(fixAll('ok, add me on whats app +62 812 3456 7890 .', lint({})).text).toBe('ok, add me on.');
  });
});

describe('chat slang for contact apps', () => {
  it('blocks 绿泡泡 and its kin with an add cue, not bubble wrap', () => {
    for (const text of ['加我绿泡泡 abc123', '加个绿色泡泡 shop2024', '私聊小绿泡', '加薇❤ kefu2024']) expect(spans(text), text).not.toEqual([]);
    expect(spans('我们会加泡泡纸保护好商品')).toEqual([]);
  });
});

describe('a lead names a variant’s rule by name', () => {
  it('reads names in either language and old codes, writes names', () => {
    const parsed = parseVariantLines('绿泡泡 微信\ntg foreign-app\n扣扣号 diversion.qq\n某宝 其他平台');
    expect(parsed).toEqual({
      ok: true,
      variants: [
        { text: '绿泡泡', ruleId: 'diversion.wechat', kind: 'contact' },
        { text: 'tg', ruleId: 'diversion.foreign', kind: 'app' },
        { text: '扣扣号', ruleId: 'diversion.qq', kind: 'contact' },
        { text: '某宝', ruleId: 'diversion.platform', kind: 'platform' },
      ],
    });
    if (!parsed.ok) throw new Error('unreachable');
    expect(variantLines(parsed.variants)).toBe('绿泡泡 微信\ntg 境外应用\n扣扣号 QQ\n某宝 其他平台');
    expect(variantLines(parsed.variants, 'en')).toBe('绿泡泡 WeChat\ntg foreign-app\n扣扣号 QQ\n某宝 platform');
    expect(parseVariantLines('绿泡泡 wechat.rule')).toEqual({ ok: false, line: 1, problem: 'unknown-rule' });
  });
});
