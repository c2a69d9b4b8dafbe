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
/** A snippet field left in the text (unfilled, or malformed: up to its brace or the line's end). */
const SNIPPET_FIELD = /\{(?:选择|choice|填写|text)[:：][^{}\n]*\}?/gu;

export const PATTERN_RULES: PatternRule[] = [
  // Personal data and links: the fix is to delete them (suggestion ''). Contact apps, phone numbers and other
  // platforms are found on the normalized text (diversion.ts), where spacing and look-alikes do not hide them.
  regexRule('pii.id-number', /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, () => ''),
  regexRule('diversion.link', /(?:https?:\/\/|www\.)[^\s，。]+|\b[a-z0-9-]+\.(?:com|cn|net|ru|top|xyz|cc)\b/gi, () => ''),
  regexRule('tone.ellipsis', /…+|\.{3,}|。{2,}/g, () => '。'),
  regexRule('tone.exclamation', /[!！]+/g, (m) => (m.startsWith('!') ? '.' : '。')),
  regexRule('tone.rhetorical', /不是[^。？?！!，,\n]{0,15}吗|看不到吗|难道/g),
  regexRule(
    'tone.blame',
    /\b(?:you should have|it(?:'|’)?s your (?:fault|problem|responsibility)|you didn(?:'|’)?t read|as I (?:already )?(?:said|told you)|you must have|that(?:'|’)?s not our (?:fault|problem))\b[^.?!]*|(?:вы сами виноваты|это ваша (?:вина|проблема)|как я уже (?:говорил|писал)[аи]?|надо было читать)[^.?!]*/giu,
  ),
  regexRule('tone.shouting', /\b[A-Z]{2,}[!?.,]?(?:\s+[A-Z]{2,}[!?.,]?){2,}/g, (m) => m.toLowerCase()),
  regexRule('tone.push-solution', /\byou\s+(?:should\s+|can\s+)?consider\s+how\s+to\s+(?:deal\s+with|handle|solve)\b[^.?!]*/gi),
  {
    ruleId: 'template.unfilled',
    find: (t) =>
      t.includes('{') ? [...regexRanges(t, VARIABLE).filter(([start, end]) => canonicalVariable(t.slice(start + 1, end - 1))), ...regexRanges(t, SNIPPET_FIELD)].sort((a, b) => a[0] - b[0]) : [],
  },
];
