import { expect, it } from 'vitest';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';
import { lintReply } from '@/utils/send-guard/lint-reply';
import { lintPolicySchema, type LexiconTerm } from '@/utils/model';
import { percentile, report, timeInterleaved } from './measure';

// A 5,000-term lexicon: the default terms plus generated 2–4 character Chinese terms.
function bigPolicy() {
  const lexicon: LexiconTerm[] = [...DEFAULT_LINT_POLICY.lexicon];
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  while (lexicon.length < 5000) {
    const len = 2 + Math.floor(rand() * 3);
    const term = Array.from({ length: len }, () => String.fromCodePoint(0x4e00 + Math.floor(rand() * 2000))).join('');
    lexicon.push({ term, ruleId: 'ad.absolute', severity: 'block' });
  }
  return lintPolicySchema.parse({ ...DEFAULT_LINT_POLICY, lexicon });
}

const REPLY = '您好，非常抱歉让您久等了。您的订单6925095897028853458已经发出，物流单号SF1402233445566，预计两到三天送达。'.repeat(8).slice(0, 500);

/** Baseline: what a first version would do — one includes() per term, one regex per tone rule. */
function naiveLint(text: string, terms: string[]): number {
  let found = 0;
  for (const term of terms) {
    let at = text.indexOf(term);
    while (at !== -1) {
      found++;
      at = text.indexOf(term, at + 1);
    }
  }
  for (const re of [/1[3-9]\d{9}/g, /\d{17}[\dXx]/g, /https?:\/\/\S+/g, /…|\.{3}/g, /[!！]/g, /不是.{0,15}吗/g, /[A-Z]{2,}(\s+[A-Z]{2,}){2,}/g]) found += text.match(re)?.length ?? 0;
  return found;
}

/** The round-2 guard's diversion rules: plain patterns on the text as typed (what evasions slipped past). */
const ROUND2_DIVERSION = [
  /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g,
  /(?:微信|威信|v信|vx|wx|weixin|wechat)\s*号?\s*[:：]?\s*[A-Za-z][-_A-Za-z0-9]{5,19}/gi,
  /(?:qq|扣扣|企鹅)\s*号?\s*[:：]?\s*\d{5,11}/gi,
  /(?:去|到|在|上|来)?\s*(?:淘宝|天猫|京东|拼多多|抖音|快手|闲鱼|某宝|某东)\s*(?:上|里|也|搜索?|下单|购买|买|拍|找|店铺?)+/gi,
];
function round2Guard(text: string, policy: ReturnType<typeof bigPolicy>): number {
  let found = lintReply(text, policy).length;
  for (const re of ROUND2_DIVERSION) found += text.match(re)?.length ?? 0;
  return found;
}

it('lints a 500-character reply against 5,000 terms and every tone rule', () => {
  const policy = bigPolicy();
  const terms = policy.lexicon.map((t) => t.term);
  expect(REPLY).toHaveLength(500);
  lintReply(REPLY, policy); // compile once, as the content script does per policy
  const noNormalized = lintPolicySchema.parse({
    ...policy,
    rules: Object.fromEntries(Object.entries(policy.rules).map(([id, r]) => [id, /^diversion\.(wechat|qq|phone|platform|foreign)$/.test(id) ? { ...r, enabled: false } : r])),
  });
  lintReply(REPLY, noNormalized);
  const [ours, baseline, round2] = timeInterleaved([() => lintReply(REPLY, policy), () => naiveLint(REPLY, terms), () => round2Guard(REPLY, noNormalized)], 3000) as [number[], number[], number[]];
  report('lintReply — 500 chars, 5,000-term lexicon + tone/diversion/PII rules', [
    ['ours: Aho-Corasick + rules on the normalized text (evasions)', ours],
    ['baseline: includes() per term + regex per rule', baseline],
    ["today's (round-2) guard: plain diversion patterns", round2],
  ]);
  console.log(`p99 ours ${percentile(ours, 99).toFixed(4)} ms vs round-2 guard ${percentile(round2, 99).toFixed(4)} ms (target ≤ 0.1 ms)`);
  expect(percentile(ours, 99)).toBeLessThan(5);
});
