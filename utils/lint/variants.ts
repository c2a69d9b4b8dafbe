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
  ...entries('diversion.wechat', 'contact', ['微信', '薇信', '威信', '微芯', '威芯', '薇芯', '魏信', '围信', '维信', '徽信', '卫星', '卫星号', 'v信', 'vx', 'wx', 'weixin', 'wechat', 'vv', 'v', '薇', '威', '微']),
  ...entries('diversion.qq', 'contact', ['qq', '扣扣', '企鹅', '企鹅号', '球球', '口口', '抠抠', 'q号', 'q']),
  // Marketplace names and nicknames are site knowledge: the site layer lists them (profiles + platforms without one).
  ...entries('diversion.platform', 'platform', platformNames()),
  ...entries('diversion.foreign', 'app', ['whatsapp', 'whats app', 'wa.me', 'telegram', 't.me', 'instagram', 'insta', 'facebook', 'fb.com', 'viber', 'kakaotalk', 'wickr', 'snapchat', 'skype']),
];

/** Words that hold a variant but are products or places, never a contact: V领, 威海, QQ糖, 微信支付. */
export const VARIANT_ORDINARY_WORDS: readonly string[] = ['v领', 'v字领', 'v型', 'v字', 'v neck', 'v-neck', '威海', '威士忌', '威化', '威风', '微波', '微信支付', '微信付款', '微信红包', '微信扫码支付', 'qq糖', 'qq星', 'q弹', '微商城', '微店'];

const KIND_OF_RULE: Record<string, LintVariant['kind']> = { 'diversion.wechat': 'contact', 'diversion.qq': 'contact', 'diversion.platform': 'platform', 'diversion.foreign': 'app' };
export const VARIANT_RULES = Object.keys(KIND_OF_RULE);

/** A lead's variants as one per line, `text rule` (绿泡泡 diversion.wechat); the rule decides how it must appear. */
export function parseVariantLines(text: string): { ok: true; variants: LintVariant[] } | { ok: false; line: number; message: string } {
  const variants: LintVariant[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.lastIndexOf(' ');
    const word = at > 0 ? line.slice(0, at).trim() : line;
    const ruleId = at > 0 ? line.slice(at + 1).trim() : 'diversion.wechat';
    const kind = KIND_OF_RULE[ruleId];
    if (!kind) return { ok: false, line: i + 1, message: `rule must be one of ${VARIANT_RULES.join(', ')}` };
    if (word.length < 1 || word.length > 30) return { ok: false, line: i + 1, message: 'a variant is 1–30 characters' };
    variants.push({ text: word, ruleId, kind });
  }
  return { ok: true, variants };
}

export const variantLines = (variants: readonly LintVariant[]) => variants.map((v) => `${v.text} ${v.ruleId}`).join('\n');
