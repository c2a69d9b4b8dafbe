import { canonicalVariable } from '../templates/variables';

/** Rules that are patterns rather than words. Each yields [start, end, suggestion?] ranges. */
export interface PatternRule {
  ruleId: string;
  find: (text: string) => Iterable<[number, number, string?]>;
}

function* regexRanges(text: string, pattern: RegExp, suggest?: (match: string) => string): Iterable<[number, number, string?]> {
  for (const m of text.matchAll(pattern)) yield [m.index, m.index + m[0].length, suggest?.(m[0])];
}

export const PATTERN_RULES: PatternRule[] = [
  { ruleId: 'diversion.phone', find: (t) => regexRanges(t, /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g) },
  { ruleId: 'pii.id-number', find: (t) => regexRanges(t, /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g) },
  { ruleId: 'diversion.wechat', find: (t) => regexRanges(t, /(?:微信|威信|v信|vx|wx|weixin|wechat)\s*号?\s*[:：]?\s*[A-Za-z][-_A-Za-z0-9]{5,19}/gi) },
  { ruleId: 'diversion.qq', find: (t) => regexRanges(t, /(?:qq|扣扣|企鹅)\s*号?\s*[:：]?\s*\d{5,11}/gi) },
  { ruleId: 'diversion.link', find: (t) => regexRanges(t, /(?:https?:\/\/|www\.)[^\s，。]+|\b[a-z0-9-]+\.(?:com|cn|net|ru|top|xyz|cc)\b/gi) },
  { ruleId: 'tone.ellipsis', find: (t) => regexRanges(t, /…+|\.{3,}|。{2,}/g, () => '。') },
  { ruleId: 'tone.exclamation', find: (t) => regexRanges(t, /[!！]+/g, (m) => (m.startsWith('!') ? '.' : '。')) },
  { ruleId: 'tone.rhetorical', find: (t) => regexRanges(t, /不是[^。？?！!，,\n]{0,15}吗|看不到吗|难道/g) },
  { ruleId: 'tone.shouting', find: (t) => regexRanges(t, /\b[A-Z]{2,}[!?.,]?(?:\s+[A-Z]{2,}[!?.,]?){2,}/g, (m) => m.toLowerCase()) },
  { ruleId: 'tone.push-solution', find: (t) => regexRanges(t, /\byou\s+(?:should\s+|can\s+)?consider\s+how\s+to\s+(?:deal\s+with|handle|solve)\b[^.?!]*/gi) },
  {
    ruleId: 'template.unfilled',
    *find(t) {
      for (const m of t.matchAll(/\{([\p{L}\p{N}_]{1,20})\}/gu)) if (canonicalVariable(m[1]!)) yield [m.index, m.index + m[0].length];
    },
  },
];
