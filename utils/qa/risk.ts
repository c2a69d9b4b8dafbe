import type { RiskKind } from '../model/qa';
import { indexOfWordCue, LETTER } from '../word-cue';

export interface RiskFinding {
  kind: RiskKind;
  /** The cue that matched, as our list words it (never the buyer's sentence). */
  cue: string;
}

/**
 * What a buyer writes when a conversation may leave the shop (seed 002: complaints that skip a level are what a lead
 * fears; 001: a medium or negative review is handled within the week; 003: complaints are reported by severity).
 * Most serious first: a regulator, then a review, a complaint to the platform, money back, abuse. The cue lists were
 * tuned on the tune half of test/unit/qa/risk-set.ts only.
 */
export const CUES: [RiskKind, string[]][] = [
  [
    'regulator',
    [
      '12315',
      '12345',
      '工商',
      '消协',
      '消费者协会',
      '市场监管',
      '监管局',
      '报警',
      '起诉',
      '律师',
      '法院',
      '曝光',
      '媒体',
      '记者',
      '黑猫投诉',
      'consumer protection',
      'lawyer',
      'sue you',
      'attorney',
      'роспотребнадзор',
      'в суд',
      'юрист',
      'адвокат',
    ],
  ],
  [
    'review',
    [
      '差评',
      '中评',
      '一星',
      '1星',
      '给差',
      '打差',
      '低分',
      '评价里写',
      '追评',
      'bad review',
      'negative review',
      '1 star',
      'one star',
      '1-star',
      'one-star',
      'плохой отзыв',
      'негативный отзыв',
      'одну звезду',
      '1 звезду',
    ],
  ],
  [
    'complaint',
    [
      '投诉',
      '举报',
      '找平台',
      '平台介入',
      '小二介入',
      '申请介入',
      '客服介入',
      '找你们领导',
      '找你们老板',
      '维权',
      'complain',
      'complaint',
      'report you',
      'report this',
      'escalate',
      'жалоб',
      'пожалуюсь',
      'открою спор',
    ],
  ],
  [
    'refund',
    [
      '退款',
      '退钱',
      '退货',
      '拒付',
      '退回来',
      '把钱退',
      '返还',
      'chargeback',
      'charge back',
      'refund',
      'money back',
      'dispute',
      'paypal claim',
      'возврат',
      'верните деньги',
      'вернуть деньги',
      'чарджбэк',
    ],
  ],
  [
    'abuse',
    [
      '傻逼',
      '傻b',
      'sb客服',
      '脑残',
      '滚',
      '你妈',
      '他妈',
      '妈的',
      '混蛋',
      '骗子',
      '垃圾客服',
      '废物',
      '狗东西',
      '去死',
      'idiot',
      'stupid',
      'fuck',
      'scammer',
      'moron',
      'идиот',
      'дебил',
      'сука',
      'мошенник',
    ],
  ],
];

/** A cue preceded by one of these says the opposite ("不会给差评", "won't leave a bad review"). */
export const NEGATION =
  /(?:不会|不用|不需要|不想|不打算|没打算|没想|不至于|不是要|别担心|无需|won't|will not|not going to|no need to|don't want to|never|не буду|не хочу|не нужно|не надо)\s*\S{0,4}$/u;
/** What says the money or the issue is already settled ("退款到账了"). */
export const SETTLED = /(?:退款|refund|возврат)\S{0,3}(?:到账|收到|已到|成功|received|arrived|пришёл|получил)|(?:已经?|收到|到账了?)\S{0,2}(?:退款)|(?:got|received) (?:the|my) refund/u;

const isWordy = (cue: string) => /^[\p{Script=Latin}\p{Script=Cyrillic}\d' -]+$/u.test(cue) && /\p{L}/u.test(cue);
const KIND_CUES = CUES.map(([kind, cues]) => [kind, cues.map((cue) => ({ cue, wordy: isWordy(cue) }))] as const);

/** The leftmost cue at or after `from` (the first listed of those at the same place); a wordy one must start a word. */
function nextCue(text: string, cues: readonly { cue: string; wordy: boolean }[], from: number): { at: number; cue: string } | undefined {
  let found: { at: number; cue: string } | undefined;
  for (const { cue, wordy } of cues) {
    const at = wordy ? indexOfWordCue(text, cue, from, LETTER, false) : text.indexOf(cue, from);
    if (at >= 0 && (!found || at < found.at)) found = { at, cue };
  }
  return found;
}

/** The most serious risk a buyer message carries, with the cue, or undefined. */
export function classifyRisk(message: string): RiskFinding | undefined {
  const text = message.toLowerCase();
  if (SETTLED.test(text)) return undefined;
  for (const [kind, cues] of KIND_CUES) {
    for (let m = nextCue(text, cues, 0); m; m = nextCue(text, cues, m.at + m.cue.length)) {
      if (!NEGATION.test(text.slice(Math.max(0, m.at - 12), m.at))) return { kind, cue: m.cue };
    }
  }
  return undefined;
}

/** The risk of a buyer's unanswered messages: the most serious among them. */
export function riskOfMessages(messages: readonly string[]): RiskFinding | undefined {
  let worst: RiskFinding | undefined;
  for (const m of messages) {
    const found = classifyRisk(m);
    if (found && (!worst || RISK_RANK[found.kind] < RISK_RANK[worst.kind])) worst = found;
  }
  return worst;
}

export const RISK_RANK: Record<RiskKind, number> = { regulator: 0, review: 1, complaint: 2, refund: 3, abuse: 4 };
/** Risks that call for a case (a complaint, a review or a regulator threatened). */
export const CASE_RISKS: ReadonlySet<RiskKind> = new Set(['regulator', 'review', 'complaint']);
