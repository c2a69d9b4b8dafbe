import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/min';
import type { LintPolicy, LintVariant } from '../model';
import { normalizeForMatch, originalSpan, type NormalizedText } from './normalize';
import { BUILT_IN_VARIANTS, VARIANT_ORDINARY_WORDS } from './variants';

export interface DiversionHit {
  ruleId: string;
  /** In the agent's own text. */
  start: number;
  end: number;
}

interface ContactPatterns {
  ruleId: string;
  /** On the squeezed text: an add cue before the name (加薇, +v, 私聊加q), an id after it optional. */
  cue: RegExp;
  /** On the squeezed text: a Chinese form, or a Latin one with 号, then an account (微.信：shop2024, w x号 meimei2024). */
  squeezedId: RegExp;
  /** On the folded text: a Latin form as a word, then the account (vx: kefu_2024ab; a lone v or q needs the colon). */
  foldedId: RegExp;
}

interface Compiled {
  contact: ContactPatterns[];
  platform: RegExp;
  platformRule: string;
  app: RegExp;
  appSqueezed: RegExp;
  appRule: string;
}

const escape = (text: string) => text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (texts: readonly string[]) => [...new Set(texts.map(escape))].sort((a, b) => b.length - a.length).join('|') || '(?!)';
const isLatin = (text: string) => /^[a-z0-9 .]+$/i.test(text);

/** What comes before a contact app name to ask the buyer to use it. */
const ADD_CUE = '(?:加|\\+|➕|加个|加一下|加我|加下|私聊|私信|联系|找我|扫|搜我|添加)';
const ID_WORD = '(?:号码|号|id)';
const ACCOUNT: Record<string, { squeezed: string; folded: string }> = {
  'diversion.qq': { squeezed: '\\d{5,11}', folded: '\\d[\\d\\s-]{4,14}' },
  default: { squeezed: '[a-z][a-z0-9]{5,19}', folded: '[a-z][a-z0-9_-]{5,19}' },
};
const PLATFORM_CUE = '(?:上|里|也|搜索?|下单|购买|买|拍|找|店铺?|旗舰店|链接|同款|有卖|更便宜|有货)+';
/** Phone numbers: 11 digits in China's mobile shape, +86 allowed, not part of a longer number. */
const PHONE = /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/g;
/** Words before a number that make it an order, parcel or tracking number, not a phone. */
const NUMBER_OF_RECORD = /(?:订单|单号|运单|快递|物流|编号|tracking|order|包裹)[^\d]{0,6}$/;
/**
 * What follows a contact app's name to pass the contact on: a connector (is, at, on, :, 号) and then a phone number or
 * a handle. A finding on `whats app` that left `+62 812 3456 7890` standing would be fixed into a reply that still
 * hands the buyer the number.
 */
const CONTACT_TAIL = /^[\s:：,，-]*(?:(?:is|at|on|me|号码|号|id|账号|帐号)[\s:：]*)*(?:\+?\d[\d\s().-]{4,}\d|@?[a-z][\w.]{2,30}(?<!\.))/i;
const EMAIL = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
const OFF_PLATFORM_EN =
  /\b(?:search|find|buy|order|shop)\s+(?:for\s+)?(?:us|our\s+(?:shop|store)|it|this)\s+on\s+(?:taobao|tmall|aliexpress|amazon|ebay|temu|shein|wildberries|ozon)\b|\bbuy\s+(?:it|this|them)\s+on\s+(?:taobao|tmall|aliexpress|amazon|ebay|temu|shein|wildberries|ozon)\b|\bon\s+(?:taobao|tmall|aliexpress|amazon|ebay|temu|shein)\s+(?:cheaper|for\s+less)\b/g;

const compiled = new WeakMap<LintPolicy, Compiled>();

function contactPatterns(ruleId: string, variants: readonly LintVariant[]): ContactPatterns {
  const texts = variants.map((v) => v.text.toLowerCase());
  const latin = texts.filter(isLatin);
  const account = ACCOUNT[ruleId] ?? ACCOUNT.default!;
  const single = latin.filter((t) => t.length === 1);
  const multi = latin.filter((t) => t.length > 1);
  return {
    ruleId,
    cue: new RegExp(`${ADD_CUE}(?:${alternation(texts)})(?:${ID_WORD}?${account.squeezed})?`, 'g'),
    // A Latin name run into a number is an account only where accounts are numbers (qq3344556), not words.
    squeezedId: new RegExp(`(?:(?:${alternation(texts.filter((t) => !isLatin(t)))})${ID_WORD}?|(?:${alternation(multi)})${ID_WORD}${ruleId === 'diversion.qq' ? '?' : ''})${account.squeezed}`, 'g'),
    foldedId: new RegExp(`(?<![a-z0-9])(?:(?:${alternation(multi)})\\s*${ID_WORD}?\\s*[:：]?|(?:${alternation(single)})\\s*${ID_WORD}?\\s*[:：])\\s*${account.folded}`, 'g'),
  };
}

function compile(policy: LintPolicy): Compiled {
  let c = compiled.get(policy);
  if (c) return c;
  const all = [...BUILT_IN_VARIANTS, ...policy.variants];
  const byRule = new Map<string, LintVariant[]>();
  for (const v of all.filter((v) => v.kind === 'contact')) byRule.set(v.ruleId, [...(byRule.get(v.ruleId) ?? []), v]);
  const platforms = all.filter((v) => v.kind === 'platform');
  const apps = all.filter((v) => v.kind === 'app');
  const appNames = apps.map((v) => v.text);
  c = {
    contact: [...byRule].map(([ruleId, variants]) => contactPatterns(ruleId, variants)),
    platform: new RegExp(`(?:去|到|在|上|来)?(?:${alternation(platforms.map((v) => v.text))})${PLATFORM_CUE}`, 'g'),
    platformRule: platforms[0]?.ruleId ?? 'diversion.platform',
    app: new RegExp(`(?<![a-z])(?:${alternation(appNames)})(?![a-z])`, 'g'),
    // Spelled out with separators (W h a t s A p p): found on the squeezed text, counted only when it was dressed up.
    appSqueezed: new RegExp(`(?:${alternation(appNames.filter((n) => n.length >= 6).map((n) => n.replace(/[\s.]/g, '')))})`, 'g'),
    appRule: apps[0]?.ruleId ?? 'diversion.foreign',
  };
  compiled.set(policy, c);
  return c;
}

/** Spans of the normalized text covered by an ordinary word that merely contains a variant (V领, 威海, QQ糖). */
function ordinarySpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const word of VARIANT_ORDINARY_WORDS) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) spans.push([at, at + word.length]);
  }
  return spans;
}

/** Every match of a global pattern as [start, end] (an exec loop: no iterator per call on the send path). */
function matches(pattern: RegExp, text: string): [number, number][] {
  const found: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

/**
 * Contact details and ways off the platform, found however they are dressed up: on the text with separators,
 * full-width and circled characters, Chinese numerals and case taken out, reported on the agent's own characters.
 */
export function findDiversion(original: string, policy: LintPolicy, enabled: (ruleId: string) => boolean, country?: CountryCode): DiversionHit[] {
  const c = compile(policy);
  if (!['diversion.phone', c.platformRule, c.appRule, ...c.contact.map((p) => p.ruleId)].some(enabled)) return [];
  const { squeezed, folded } = normalizeForMatch(original);
  const hits: DiversionHit[] = [];
  const push = (ruleId: string, view: NormalizedText, start: number, end: number) => {
    const [s, e] = originalSpan(view, start, end, original);
    hits.push({ ruleId, start: s, end: e });
  };
  const ordinary = ordinarySpans(squeezed.text);
  const insideOrdinary = (start: number, end: number) => ordinary.some(([s, e]) => start < e && s < end && !(start < s && end > e));

  for (const { ruleId, cue, squeezedId, foldedId } of c.contact) {
    if (!enabled(ruleId)) continue;
    for (const pattern of [cue, squeezedId]) {
      for (const [s, e] of matches(pattern, squeezed.text)) if (!insideOrdinary(s, e) || /\d{5}|[a-z]{6}/.test(squeezed.text.slice(s, e))) push(ruleId, squeezed, s, e);
    }
    for (const [s, e] of matches(foldedId, folded.text)) push(ruleId, folded, s, e);
  }
  if (enabled('diversion.phone')) {
    for (const [s, e] of matches(PHONE, squeezed.text)) if (!NUMBER_OF_RECORD.test(squeezed.text.slice(Math.max(0, s - 12), s))) push('diversion.phone', squeezed, s, e);
    // Any country's number in its international form (+62 812…, +1 (415)…), and the market's own national form.
    if (/\d{3}/.test(original)) {
      for (const found of findPhoneNumbersInText(original, country)) {
        if (!NUMBER_OF_RECORD.test(original.slice(Math.max(0, found.startsAt - 12), found.startsAt).toLowerCase())) hits.push({ ruleId: 'diversion.phone', start: found.startsAt, end: found.endsAt });
      }
    }
  }
  if (enabled(c.platformRule)) {
    for (const [s, e] of matches(c.platform, squeezed.text)) push(c.platformRule, squeezed, s, e);
    for (const [s, e] of matches(OFF_PLATFORM_EN, folded.text)) push(c.platformRule, folded, s, e);
  }
  if (enabled(c.appRule)) {
    for (const [s, e] of matches(c.app, folded.text)) push(c.appRule, folded, s, e);
    for (const [s, e] of matches(c.appSqueezed, squeezed.text)) {
      const [from, to] = originalSpan(squeezed, s, e, original);
      if (to - from > e - s) hits.push({ ruleId: c.appRule, start: from, end: to });
    }
    for (const [s, e] of matches(EMAIL, folded.text)) push(c.appRule, folded, s, e);
  }
  const contactRules = new Set([c.appRule, ...c.contact.map((p) => p.ruleId)]);
  return hits.map((hit) => (contactRules.has(hit.ruleId) ? withContactTail(original, hit) : hit));
}

/** A contact app's finding grown over the number or handle passed on right after it (`whats app +62 812 3456 7890`). */
function withContactTail(original: string, hit: DiversionHit): DiversionHit {
  const tail = CONTACT_TAIL.exec(original.slice(hit.end, hit.end + 60));
  return tail ? { ...hit, end: hit.end + tail[0].length } : hit;
}
