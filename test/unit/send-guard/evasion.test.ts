import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';
import { lintReply } from '@/utils/send-guard/lint-reply';
import { applyAllSuggestions, mergeFindings } from '@/utils/send-guard/merge-findings';
import { normalizeForMatch } from '@/utils/send-guard/normalize';
import { lintPolicySchema } from '@/utils/model';
import { EVASIONS, ORDINARY } from './evasion-corpus';

const DIVERSION = /^(diversion|pii)\./;
const blocking = (text: string, site?: string) => lintReply(text, DEFAULT_LINT_POLICY, { site }).filter((f) => f.severity === 'block' && DIVERSION.test(f.ruleId));

describe('the evasion corpus', () => {
  it('holds at least 150 evasions and 150 ordinary replies', () => {
    expect(EVASIONS.length).toBeGreaterThanOrEqual(150);
    expect(ORDINARY.length).toBeGreaterThanOrEqual(150);
  });

  it('blocks the evasions with the rule each belongs to (recall floor 97%)', () => {
    const missed = EVASIONS.filter((e) => !blocking(e.text, e.site).some((f) => f.ruleId === e.rule));
    const recall = 1 - missed.length / EVASIONS.length;
    console.log(
      `evasions: ${EVASIONS.length}, blocked with their rule: ${EVASIONS.length - missed.length} (recall ${(recall * 100).toFixed(1)}%)`,
      missed.map((m) => m.text),
    );
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it('blocks none of the ordinary replies that look like them (false blocks at most 1%)', () => {
    const falseBlocks = ORDINARY.filter((o) => blocking(o.text, o.site).length > 0);
    console.log(
      `ordinary: ${ORDINARY.length}, falsely blocked: ${falseBlocks.length}`,
      falseBlocks.map((o) => [o.text, blocking(o.text, o.site).map((f) => f.ruleId)]),
    );
    expect(falseBlocks.length / ORDINARY.length).toBeLessThanOrEqual(0.01);
  });

  it('marks the agent’s own characters, so the one-click fix deletes what they typed', () => {
    const text = '急的话打 １３８ 1234 五六七八，谢谢';
    const [phone] = blocking(text);
    expect(text.slice(phone!.start, phone!.end)).toBe('１３８ 1234 五六七八');
    expect(applyAllSuggestions(text, mergeFindings(lintReply(text)))).toBe('急的话打 ，谢谢');
    const spaced = '亲，加 我 微.信：shop_2024';
    const [wechat] = blocking(spaced);
    expect(spaced.slice(wechat!.start, wechat!.end)).toBe('加 我 微.信：shop_2024');
  });
});

describe('normalizing before matching', () => {
  it('folds full-width, circled and Chinese-numeral digits only in number runs, and maps back', () => {
    const { squeezed } = normalizeForMatch('一两天 ①③⑧１２３４五六七八');
    expect(squeezed.text).toBe('一两天13812345678');
    expect(squeezed.map[3]).toBe(4);
  });

  it('lets a lead add variants that feed a rule', () => {
    const policy = lintPolicySchema.parse({ ...DEFAULT_LINT_POLICY, variants: [{ text: '蓝精灵', ruleId: 'diversion.wechat', kind: 'contact' }] });
    expect(lintReply('加我蓝精灵聊', policy).some((f) => f.ruleId === 'diversion.wechat')).toBe(true);
    expect(lintReply('加我蓝精灵聊').some((f) => f.ruleId === 'diversion.wechat')).toBe(false);
  });
});
