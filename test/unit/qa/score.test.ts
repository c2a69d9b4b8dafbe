import { describe, expect, it } from 'vitest';
import { actionSchema, DEFAULT_TEAM_RULES, qaScorecardSchema, teamPolicySchema, type Action, type ChatMessage } from '@/utils/model';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';
import { DEFAULT_REMARK_FORMAT } from '@/utils/remark/default-format';
import { DEFAULT_PLAYBOOK_CONFIG, DEFAULT_PLAYBOOKS } from '@/utils/playbooks/default-playbooks';
import { parsePolicyFile } from '@/utils/policy/policy-file';
import { DEFAULT_QA_SCORECARD } from '@/utils/model/default-qa-scorecard';
import { scoreReply, weightedScore, type ReplyToScore } from '@/utils/qa/score-reply';
import { foldConversations } from '@/utils/qa/fold';
import { agentDays, calibration } from '@/utils/qa/board';
import { traineeQa } from '@/utils/qa/next-fix';
import { conversationKey } from '@/utils/qa/conversation-key';

const T0 = Date.UTC(2026, 11, 3, 2, 0, 0);
const card = DEFAULT_QA_SCORECARD;
const reply = (over: Partial<ReplyToScore>): ReplyToScore => ({ reply: '', messages: [], sentAt: T0 + 60_000, limitMs: 180_000, names: [], findings: 0, overridden: false, scorecard: card, ...over });
const buyer = (text: string, at = T0): ChatMessage => ({ direction: 'buyer', text, at });
const agent = (text: string, at = T0): ChatMessage => ({ direction: 'agent', text, at });

describe('scoreReply', () => {
  it('wants a greeting only in the first reply of a round', () => {
    expect(scoreReply(reply({ reply: '您好，在的', messages: [buyer('在吗')], waitingSince: T0 })).results.greeting).toBe('pass');
    expect(scoreReply(reply({ reply: '这款有货', messages: [buyer('在吗')], waitingSince: T0 })).results.greeting).toBe('fail');
    expect(scoreReply(reply({ reply: '这款有货', messages: [buyer('在吗'), agent('您好'), buyer('有货吗')], waitingSince: T0 })).results.greeting).toBe('na');
    // A buyer back after the quiet spell starts a new round: greet again.
    const later = T0 + 3 * 3_600_000;
    expect(scoreReply(reply({ reply: '有货的', messages: [buyer('在吗'), agent('您好'), buyer('还有货吗', later)], sentAt: later + 10_000, waitingSince: later })).results.greeting).toBe('fail');
  });

  it('judges the answer time against the platform limit, only when a buyer waits', () => {
    expect(scoreReply(reply({ messages: [buyer('在吗')], waitingSince: T0, sentAt: T0 + 179_000 })).results.onTime).toBe('pass');
    expect(scoreReply(reply({ messages: [buyer('在吗')], waitingSince: T0, sentAt: T0 + 181_000 })).results.onTime).toBe('fail');
    expect(scoreReply(reply({ messages: [buyer('在吗'), agent('您好')] })).results.onTime).toBe('na');
  });

  it('asks for an apology when the buyer complains (the cases cues), in Chinese and English', () => {
    expect(scoreReply(reply({ reply: '非常抱歉，马上给您补发', messages: [buyer('收到的杯子碎了')], waitingSince: T0 })).results.apology).toBe('pass');
    expect(scoreReply(reply({ reply: '马上给您补发', messages: [buyer('收到的杯子碎了')], waitingSince: T0 })).results.apology).toBe('fail');
    expect(scoreReply(reply({ reply: 'We will resend it.', messages: [buyer('The item arrived broken')], waitingSince: T0 })).results.apology).toBe('fail');
    expect(scoreReply(reply({ reply: '有的', messages: [buyer('有红色吗')], waitingSince: T0 })).results.apology).toBe('na');
  });

  it('sees personal replies, guard findings, closings and the review invitation where the shop asks for it', () => {
    const r = scoreReply(reply({ reply: '小王您好，订单 240101-55 已发出，还有什么可以帮您的吗？', buyerName: '小王', names: ['240101-55'], findings: 1, overridden: true }));
    expect(r.results).toMatchObject({ personal: 'pass', guardClean: 'fail', closing: 'pass' });
    expect(scoreReply(reply({ reply: '好的', buyerName: '小王' })).results).toMatchObject({ personal: 'fail', guardClean: 'pass', closing: 'fail' });
    const withReview = { ...card, reviewInvitation: true };
    expect(scoreReply(reply({ reply: '还有什么可以帮您的吗？', scorecard: withReview })).results.closing).toBe('fail');
    expect(scoreReply(reply({ reply: '还有什么可以帮您的吗？满意的话麻烦给个五星好评', scorecard: withReview })).results.closing).toBe('pass');
  });

  it("carries the waiting buyer's risk with its cue", () => {
    expect(scoreReply(reply({ messages: [buyer('再不处理我就打12315')], waitingSince: T0 })).risk).toEqual({ kind: 'regulator', cue: '12315' });
  });

  it('weighs only enabled categories that apply', () => {
    expect(weightedScore({ greeting: 'pass', onTime: 'fail', apology: 'na' }, card)).toBe(Math.round((10 / 30) * 100));
    expect(weightedScore({ apology: 'na' }, card)).toBeUndefined();
    const noTime = { ...card, categories: card.categories.map((c) => (c.id === 'onTime' ? { ...c, enabled: false } : c)) };
    expect(weightedScore({ greeting: 'pass', onTime: 'fail' }, noTime)).toBe(100);
  });
});

let seq = 0;
const row = (kind: Action['kind'], payload: unknown, at: number, staffId = '1024', nick = '小王'): Action =>
  actionSchema.parse({
    id: crypto.randomUUID(),
    deviceId: 'device-0001',
    seq: seq++,
    at,
    kind,
    payload,
    site: 'pinduoduo',
    buyer: { site: 'pinduoduo', shop: '鲜果', nick },
    agent: { name: 'A', staffId, role: 'agent', shop: '鲜果' },
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  });

describe('foldConversations', () => {
  const key = conversationKey('pinduoduo', { nick: '小王' }, T0)!;
  it('combines replies per category, judges promises and cases from their rows, and applies a lead override', () => {
    const rows = [
      row('message.received', { messageKey: 'm1', sentAt: T0 }, T0),
      row(
        'qa.scored',
        { conversation: key, scope: 'reply', results: { greeting: 'pass', onTime: 'pass', personal: 'fail', guardClean: 'pass', closing: 'fail' }, risk: 'review', cue: '差评' },
        T0 + 1000,
      ),
      row('message.sent', { length: 5, findings: 0, ruleIds: [], via: 'enter' }, T0 + 1000),
      row('promise.created', { promiseId: 'promise-0001', kind: 'check', summary: '查物流', dueAt: T0 + 3_600_000 }, T0 + 2000),
      row('qa.scored', { conversation: key, scope: 'reply', results: { greeting: 'na', onTime: 'na', personal: 'pass', guardClean: 'fail', closing: 'pass' } }, T0 + 3000),
      row('message.sent', { length: 5, findings: 1, ruleIds: ['tone.ni'], via: 'enter' }, T0 + 3000),
    ];
    const [c] = foldConversations(rows, card, T0 + 10_000);
    expect(c!.auto).toMatchObject({ greeting: 'pass', onTime: 'pass', personal: 'pass', guardClean: 'fail', closing: 'pass', caseOpened: 'fail', noUnanswered: 'pass' });
    expect(c!.auto.promiseKept).toBe('na');
    // The promise comes due unkept; then the case is opened and a lead calls the guard finding unfair.
    const later = foldConversations(
      [
        ...rows,
        row('case.opened', { caseId: 'case-00000001', category: '服务', wants: '', evidence: 'none', firstReplyDueAt: T0 + 1, resolveDueAt: T0 + 2 }, T0 + 4000),
        row('qa.overridden', { conversation: key, category: 'guardClean', result: 'pass', reason: '误报：买家自己提到的词' }, T0 + 5000, '9001'),
      ],
      card,
      T0 + 7_200_000,
    )[0]!;
    expect(later.auto).toMatchObject({ promiseKept: 'fail', caseOpened: 'pass', guardClean: 'fail' });
    expect(later.results.guardClean).toBe('pass');
    expect(later.overrides.guardClean).toMatchObject({ by: '9001', reason: '误报：买家自己提到的词' });
    expect(calibration([later]).find((c) => c.category === 'guardClean')).toMatchObject({ judged: 1, overridden: 1, disagreed: 1 });
  });

  it('fails a conversation that ends with the buyer unanswered, and puts the worst first per agent and day', () => {
    const other = conversationKey('pinduoduo', { nick: '小李' }, T0)!;
    const rows = [
      row('qa.scored', { conversation: key, scope: 'reply', results: { greeting: 'pass', onTime: 'pass', guardClean: 'pass', closing: 'pass', personal: 'pass' } }, T0),
      row('message.sent', { length: 5, findings: 0, ruleIds: [], via: 'enter' }, T0),
      row('message.received', { messageKey: 'm2', sentAt: T0 + 60_000 }, T0 + 60_000),
      row('qa.scored', { conversation: other, scope: 'reply', results: { greeting: 'pass', onTime: 'pass', guardClean: 'pass', closing: 'pass', personal: 'pass' } }, T0, '1024', '小李'),
    ];
    const convs = foldConversations(rows, card, T0 + 3_600_000);
    expect(convs[0]!.key).toBe(key);
    expect(convs[0]!.auto.noUnanswered).toBe('fail');
    expect(convs[1]!.score).toBe(100);
    const [day] = agentDays(convs);
    expect(day).toMatchObject({ agent: '1024', conversations: 2, score: Math.round((convs[0]!.score! + 100) / 2) });
    expect(day!.categories.noUnanswered).toEqual({ passRate: 0.5, judged: 2 });
    expect(traineeQa(convs, '1024', card)).toMatchObject({ next: { category: 'noUnanswered', misses: 1, step: { playbookId: 'shift-start', stepId: 'unread' } } });
  });
});

describe('the scorecard in the team policy', () => {
  it('an older policy file without one scores by the default', () => {
    const { qaScorecard: _, ...old } = teamPolicySchema.parse({
      format: 'kefu-assist/policy',
      version: 1,
      templates: [],
      lintPolicy: DEFAULT_LINT_POLICY,
      remarkFormat: DEFAULT_REMARK_FORMAT,
      playbooks: DEFAULT_PLAYBOOKS,
      playbookConfig: DEFAULT_PLAYBOOK_CONFIG,
      teamRules: DEFAULT_TEAM_RULES,
    });
    const parsed = parsePolicyFile(JSON.stringify(old));
    expect(parsed.ok && parsed.data.qaScorecard).toEqual(DEFAULT_QA_SCORECARD);
    const edited = parsePolicyFile(JSON.stringify({ ...old, qaScorecard: { ...card, reviewInvitation: true } }));
    expect(edited.ok && edited.data.qaScorecard.reviewInvitation).toBe(true);
    expect(qaScorecardSchema.safeParse({ ...card, categories: [...card.categories, card.categories[0]] }).success).toBe(false);
  });
});
