import { expect, it } from 'vitest';
import type { ChatMessage, QaScorecard } from '@/utils/model';
import { caseCue } from '@/utils/cases/open-case';
import { DEFAULT_QA_SCORECARD } from '@/utils/model/default-qa-scorecard';
import { scoreReply } from '@/utils/qa/score-reply';
import { percentile, report, timeInterleaved } from './measure';

const T0 = Date.UTC(2026, 11, 3, 2);
// A long day with one buyer: 200 messages on the page, the last three unanswered (one a complaint with a threat).
const MESSAGES: ChatMessage[] = Array.from({ length: 197 }, (_, i): ChatMessage => ({
  direction: i % 2 ? 'agent' : 'buyer',
  text: i % 2 ? '您好，这边帮您查一下物流，请稍等。'.repeat(3) : '我的快递到哪里了？怎么还没到，已经三天了'.repeat(2),
  at: T0 + i * 20_000,
}));
MESSAGES.push(
  { direction: 'buyer', text: '收到的杯子碎了一个', at: T0 + 197 * 20_000 },
  { direction: 'buyer', text: '你们再不处理我就给差评，还要打12315', at: T0 + 198 * 20_000 },
  { direction: 'buyer', text: '人呢？', at: T0 + 199 * 20_000 },
);
const REPLY = '小王您好，非常抱歉给您添麻烦了！订单 240101-5566 的杯子我们马上给您补发一个新的，物流单号稍后发给您，还有什么可以帮您的吗？'.repeat(3);

/** Baseline: the obvious first version — a fresh regex per cue for every reply, the whole conversation re-read for each rule. */
function naiveScore(reply: string, messages: readonly ChatMessage[], card: QaScorecard) {
  const has = (cues: string[], text: string) => cues.some((c) => new RegExp(c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i').test(text));
  const lastAgent = messages.map((m) => m.direction).lastIndexOf('agent');
  const waiting = messages.filter((m, i) => i > lastAgent && m.direction === 'buyer');
  return {
    greeting: messages.filter((m) => m.direction === 'agent').length === 0 ? has(card.greetingCues, reply) : undefined,
    apology: messages.filter((m, i) => i > lastAgent && m.direction === 'buyer').some((m) => caseCue([m.text])) ? has(card.apologyCues, reply) : undefined,
    closing: has(card.closingCues, reply) && (!card.reviewInvitation || has(card.reviewCues, reply)),
    personal: reply.includes('小王'),
    risk: waiting.some((m) => ['12315', '差评', '投诉', '退款'].some((c) => new RegExp(c).test(m.text))),
  };
}

it('scores one reply against the scorecard in under a millisecond (200-message conversation)', () => {
  const input = {
    reply: REPLY,
    messages: MESSAGES,
    sentAt: T0 + 200 * 20_000,
    waitingSince: T0 + 197 * 20_000,
    limitMs: 180_000,
    buyerName: '小王',
    names: ['240101-5566'],
    findings: 0,
    overridden: false,
    scorecard: DEFAULT_QA_SCORECARD,
  };
  expect(scoreReply(input)).toMatchObject({ results: { apology: 'pass', personal: 'pass', closing: 'pass' }, risk: { kind: 'regulator' } });
  const [ours, baseline] = timeInterleaved([() => scoreReply(input), () => naiveScore(REPLY, MESSAGES, DEFAULT_QA_SCORECARD)], 5000) as [number[], number[]];
  report('scoreReply — 200 messages, 180-char reply, default scorecard + risk triage', [
    ['ours: cue matchers built once per list', ours],
    ['baseline: a regex per cue per reply, rules re-read', baseline],
  ]);
  expect(percentile(ours, 99)).toBeLessThan(1);
});
