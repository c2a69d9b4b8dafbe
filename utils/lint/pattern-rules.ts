import { canonicalVariable } from '../templates/variables';

export type Range = [start: number, end: number, suggestion?: string];

/** Rules that are patterns rather than words. Each returns its [start, end, suggestion?] ranges. */
export interface PatternRule {
  ruleId: string;
  find: (text: string) => Range[];
}

// An exec loop on the rule's own global regex: no iterator or generator per call, which keeps the send path's tail short.
const NONE: Range[] = [];

function regexRanges(text: string, pattern: RegExp, suggest?: (match: string) => string): Range[] {
  let ranges: Range[] | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    (ranges ??= []).push([m.index, m.index + m[0].length, suggest?.(m[0])]);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return ranges ?? NONE;
}

/** A rule that is one regex, compiled once (a literal inside the finder would be a new RegExp on every call). */
function regexRule(ruleId: string, pattern: RegExp, suggest?: (match: string) => string): PatternRule {
  return { ruleId, find: (text) => regexRanges(text, pattern, suggest) };
}

const VARIABLE = /\{([\p{L}\p{N}_]{1,20})\}/gu;

export const PATTERN_RULES: PatternRule[] = [
  // Contact details and personal data: the fix is to delete them (suggestion '').
  regexRule('diversion.phone', /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, () => ''),
  regexRule('pii.id-number', /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, () => ''),
  regexRule('diversion.wechat', /(?:微信|威信|v信|vx|wx|weixin|wechat)\s*号?\s*[:：]?\s*[A-Za-z][-_A-Za-z0-9]{5,19}/gi, () => ''),
  regexRule('diversion.qq', /(?:qq|扣扣|企鹅)\s*号?\s*[:：]?\s*\d{5,11}/gi, () => ''),
  regexRule('diversion.link', /(?:https?:\/\/|www\.)[^\s，。]+|\b[a-z0-9-]+\.(?:com|cn|net|ru|top|xyz|cc)\b/gi, () => ''),
  // Another platform named as a place to buy, search or find the shop (淘宝搜店名, 京东也有卖, 去拼多多下单).
  regexRule('diversion.platform', /(?:去|到|在|上|来)?\s*(?:淘宝|天猫|京东|拼多多|抖音|快手|闲鱼|唯品会|苏宁|小红书|得物|1688|某宝|某东|某多多|\btb\b|\bjd\b|\bpdd\b)\s*(?:上|里|也|搜索?|下单|购买|买|拍|找|店铺?|旗舰店|链接|同款|有卖|更便宜)+/gi, () => ''),
  regexRule('tone.ellipsis', /…+|\.{3,}|。{2,}/g, () => '。'),
  regexRule('tone.exclamation', /[!！]+/g, (m) => (m.startsWith('!') ? '.' : '。')),
  regexRule('tone.rhetorical', /不是[^。？?！!，,\n]{0,15}吗|看不到吗|难道/g),
  regexRule('tone.shouting', /\b[A-Z]{2,}[!?.,]?(?:\s+[A-Z]{2,}[!?.,]?){2,}/g, (m) => m.toLowerCase()),
  regexRule('tone.push-solution', /\byou\s+(?:should\s+|can\s+)?consider\s+how\s+to\s+(?:deal\s+with|handle|solve)\b[^.?!]*/gi),
  {
    ruleId: 'template.unfilled',
    find: (t) => (t.includes('{') ? regexRanges(t, VARIABLE).filter(([start, end]) => canonicalVariable(t.slice(start + 1, end - 1))) : []),
  },
];
