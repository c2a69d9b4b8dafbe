import type { LintVariant } from '../model';
import { platformNames } from '../sites/platform-names';

const entries = (ruleId: string, kind: LintVariant['kind'], texts: string[]): LintVariant[] => texts.map((text) => ({ text, ruleId, kind }));

/**
 * The forms people use to name a contact app or another platform without the filter seeing it (homophones,
 * look-alikes, nicknames, foreign apps), as data: each says which rule it feeds and how it must appear to count.
 * `contact`: with an add cue before it (加, +, 私聊…) or an id after it; `platform`: with a buy/search/shop cue;
 * `app`: always. Leads add their own in the Rules tab (policy `variants`).
 */
export const BUILT_IN_VARIANTS: readonly LintVariant[] = [
  ...entries('diversion.wechat', 'contact', [
    '微信',
    '薇信',
    '威信',
    '微芯',
    '威芯',
    '薇芯',
    '魏信',
    '围信',
    '维信',
    '徽信',
    '卫星',
    '卫星号',
    'v信',
    'vx',
    'wx',
    'weixin',
    'wechat',
    'vv',
    'v',
    '薇',
    '威',
    '微',
    // Chat slang for it (the ❤ in 薇❤ is dropped before matching, so 薇 covers it).
    '绿泡泡',
    '绿色泡泡',
    '小绿泡',
    'wei信',
    '微xin',
    'vxin',
    'weix',
    '薇心',
    '微心',
    '威心',
    '卫心',
  ]),
  ...entries('diversion.qq', 'contact', ['qq', '扣扣', '企鹅', '企鹅号', '球球', '口口', '抠抠', 'q号', 'q', '秋秋', 'qq号']),
  // Marketplace names and nicknames are site knowledge: the site layer lists them (profiles + platforms without one).
  ...entries('diversion.platform', 'platform', platformNames()),
  ...entries('diversion.foreign', 'app', [
    'whatsapp',
    'whats app',
    'whatapp',
    'watsapp',
    'wats app',
    'whtsapp',
    'wa.me',
    'telegram',
    't.me',
    'instagram',
    'insta',
    'facebook',
    'fb.com',
    'viber',
    'kakaotalk',
    'wickr',
    'snapchat',
    'skype',
  ]),
];

/** Words that hold a variant but are products or places, never a contact: V领, 威海, QQ糖, 微信支付. */
export const VARIANT_ORDINARY_WORDS: readonly string[] = [
  'v领',
  'v字领',
  'v型',
  'v字',
  'v neck',
  'v-neck',
  '威海',
  '威士忌',
  '威化',
  '威风',
  '微波',
  '微信支付',
  '微信付款',
  '微信红包',
  '微信扫码支付',
  'qq糖',
  'qq星',
  'q弹',
  '微商城',
  '微店',
];

const KIND_OF_RULE: Record<string, LintVariant['kind']> = { 'diversion.wechat': 'contact', 'diversion.qq': 'contact', 'diversion.platform': 'platform', 'diversion.foreign': 'app' };
export const VARIANT_RULES = Object.keys(KIND_OF_RULE);

/**
 * How a lead names a variant's rule on its line, in either UI language (`绿泡泡 微信`, `tg foreign-app`): never the
 * rule's code, though a code from an older file is still read.
 */
export const VARIANT_RULE_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  'diversion.wechat': { 'zh-CN': '微信', en: 'WeChat' },
  'diversion.qq': { 'zh-CN': 'QQ', en: 'QQ' },
  'diversion.platform': { 'zh-CN': '其他平台', en: 'platform' },
  'diversion.foreign': { 'zh-CN': '境外应用', en: 'foreign-app' },
};

function ruleOfName(name: string): string | undefined {
  if (KIND_OF_RULE[name]) return name;
  const wanted = name.toLowerCase();
  return VARIANT_RULES.find((ruleId) => Object.values(VARIANT_RULE_NAMES[ruleId]!).some((n) => n.toLowerCase() === wanted));
}

/** A lead's variants as one per line, `text rule name` (绿泡泡 微信); the rule decides how it must appear. */
export function parseVariantLines(text: string): { ok: true; variants: LintVariant[] } | { ok: false; line: number; problem: 'unknown-rule' | 'length' } {
  const variants: LintVariant[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.lastIndexOf(' ');
    const word = at > 0 ? line.slice(0, at).trim() : line;
    const ruleId = at > 0 ? ruleOfName(line.slice(at + 1).trim()) : 'diversion.wechat';
    const kind = ruleId && KIND_OF_RULE[ruleId];
    if (!ruleId || !kind) return { ok: false, line: i + 1, problem: 'unknown-rule' };
    if (word.length < 1 || word.length > 30) return { ok: false, line: i + 1, problem: 'length' };
    variants.push({ text: word, ruleId, kind });
  }
  return { ok: true, variants };
}

export const variantLines = (variants: readonly LintVariant[], language: 'zh-CN' | 'en' = 'zh-CN') =>
  variants.map((v) => `${v.text} ${VARIANT_RULE_NAMES[v.ruleId]?.[language] ?? v.ruleId}`).join('\n');
