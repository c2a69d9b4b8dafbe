import type { CasePolicy } from '../model';
import { isComplaint } from '../send-guard/complaint';

export type CaseCue = 'complaint' | 'damage' | 'wrong_item' | 'refund' | 'review';

// What a buyer writes when something went wrong (requirements §5: damaged, wrong or missing item, quality, refund,
// review complaint). Order matters: the most specific cue wins.
const CUES: [CaseCue, RegExp][] = [
  ['review', /差评|中评|给差|投诉到平台|举报|bad review|negative review|1 star|one star|отзыв/i],
  ['damage', /破损|坏了|碎了|压坏|摔坏|漏液|质量(问题|太差|不好)|起球|掉色|broken|damaged|defect|crushed|сломан|поврежд|брак/i],
  ['wrong_item', /发错|少发|漏发|错发|不是我(买|要)的|尺码不对|颜色不对|wrong (item|size|colou?r)|missing|не тот|не хватает/i],
  ['refund', /退款|退货|退钱|换货|refund|return it|money back|возврат/i],
  ['complaint', /投诉|不满意|太差了|骗人|欺骗|假货|什么破|垃圾|complain|scam|fake|terrible|disappointed|жалоб|обман|ужасн/i],
];

/** Why a buyer's messages call for a case, or undefined. */
export function caseCue(messages: readonly string[]): CaseCue | undefined {
  for (const [cue, pattern] of CUES) if (messages.some((m) => pattern.test(m))) return cue;
  return messages.some(isComplaint) ? 'complaint' : undefined;
}

/** The category a cue suggests (the agent can change it). */
export const categoryFor = (cue: CaseCue | undefined): string => (cue === 'damage' || cue === 'wrong_item' ? '质量' : cue === 'review' || cue === 'complaint' ? '服务' : '一般');

/** Due times for a case opened now: first reply within the platform's wait limit; the resolution by the lead's policy. */
export function newCaseDueTimes(policy: CasePolicy, now: number, firstReplySec: number, cue: CaseCue | undefined) {
  const resolveHours = cue === 'review' ? policy.reviewResolveHours : policy.resolveHours;
  return { firstReplyDueAt: now + firstReplySec * 1000, resolveDueAt: now + resolveHours * 3_600_000 };
}

export const visitDueAt = (policy: CasePolicy, resolvedAt: number) => resolvedAt + policy.visitHours * 3_600_000;

export const newCaseId = () => `case-${crypto.randomUUID()}`;
