import type { PromiseKind } from '../model';

export interface DetectedPromise {
  kind: PromiseKind;
  /** The words that made it a promise. */
  phrase: string;
  /** A sensible follow-up time from now. */
  dueInMs: number;
}

const MIN = 60_000;
const RULES: { kind: PromiseKind; dueInMs: number; pattern: RegExp }[] = [
  { kind: 'resend', dueInMs: 24 * 60 * MIN, pattern: /(为您|给您|帮您)?(补发|重新发货|重发|再发一[个份件])|\b(re-?send|re-?ship|send (you )?a replacement)\b/i },
  { kind: 'gift', dueInMs: 24 * 60 * MIN, pattern: /(送您|赠送|多送|备注.{0,6}送|加赠)|\b(free gift|include a gift|add a gift)\b/i },
  { kind: 'callback', dueInMs: 24 * 60 * MIN, pattern: /(明天|稍后|晚点|之后|有结果|有消息).{0,8}(回复|联系|告诉|通知)您|\b(get back to you|follow up with you|update you|let you know)\b/i },
  {
    kind: 'check',
    dueInMs: 10 * MIN,
    pattern: /(马上|立即|这就|现在)?(为您|帮您|给您)(查询|查一下|核实|确认|催促|联系快递)|\b(let me check|i('| wi)ll check|looking into it|i('| wi)ll look into)\b/i,
  },
  { kind: 'wait', dueInMs: 5 * MIN, pattern: /稍等|请等一下|等我一下|\b(one moment|just a moment|please wait|give me a (minute|moment))\b/i },
];

/** Declines and questions that contain a promise's words but promise nothing. */
const NOT_A_PROMISE = /(不能|无法|没法|不会|不用|无需)(为您|帮您|给您)?(补发|赠送|查询|回复)|不用稍等|\b(can('|no)t|won('|')t|unable to) (re-?send|check|get back)\b|[吗?？]\s*$/i;

/** Whether a reply the agent sends promises something to come back to, and what. */
export function detectPromise(text: string): DetectedPromise | null {
  if (NOT_A_PROMISE.test(text)) return null;
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) return { kind: rule.kind, phrase: match[0], dueInMs: rule.dueInMs };
  }
  return null;
}
