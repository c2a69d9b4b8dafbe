import { describe, expect, it } from 'vitest';
import { actionSchema, QA_CATEGORY_IDS, type Action, type ChatMessage } from '@/utils/model';
import { conversationKey } from '@/utils/qa/conversation-key';
import { DEFAULT_QA_SCORECARD } from '@/utils/model/default-qa-scorecard';
import { foldConversations } from '@/utils/qa/fold';
import { scoreReply, weightedScore } from '@/utils/qa/score-reply';
import { makeConversations, type LabelledConversation } from './conversation-set';

const T0 = Date.UTC(2026, 11, 3, 2);
const LIMIT_MS = 180_000; // 拼多多's 3-minute reply rule

/** The rows a device would log for a conversation: what the content script does, replayed through the same pure code. */
function rowsOf(conv: LabelledConversation): Action[] {
  const card = { ...DEFAULT_QA_SCORECARD, reviewInvitation: conv.reviewInvitation };
  const rows: Action[] = [];
  let seq = 0;
  const add = (kind: Action['kind'], payload: unknown, at: number) =>
    rows.push(
      actionSchema.parse({
        id: crypto.randomUUID(),
        deviceId: 'device-qa-set',
        seq: seq++,
        at,
        kind,
        payload,
        site: 'pinduoduo',
        buyer: { site: 'pinduoduo', shop: '鲜果', nick: conv.buyer },
        agent: { name: 'A', staffId: '1024', role: 'agent', shop: '鲜果' },
        prevHash: '0'.repeat(64),
        hash: '1'.repeat(64),
      }),
    );
  const key = conversationKey('pinduoduo', { nick: conv.buyer }, T0)!;
  const seen: ChatMessage[] = [];
  let at = T0;
  let answered = 0;
  for (const m of conv.messages) {
    at += m.afterSec * 1000;
    if (m.from === 'buyer') {
      add('message.received', { messageKey: `m${seen.length}`, sentAt: at }, at);
      seen.push({ direction: 'buyer', text: m.text, at });
      continue;
    }
    const lastAgent = seen.findLastIndex((s) => s.direction === 'agent');
    const waitingSince = seen.slice(lastAgent + 1).find((s) => s.direction === 'buyer')?.at;
    const scored = scoreReply({
      reply: m.text,
      messages: seen,
      sentAt: at,
      limitMs: LIMIT_MS,
      buyerName: conv.buyer,
      names: [conv.orderNo],
      findings: m.findings ?? 0,
      overridden: !!m.overridden,
      scorecard: card,
      ...(waitingSince !== undefined ? { waitingSince } : {}),
    });
    add('message.sent', { length: m.text.length, findings: m.findings ?? 0, ruleIds: [], via: 'enter' }, at);
    add(
      'qa.scored',
      { conversation: key, scope: 'reply', results: scored.results, score: weightedScore(scored.results, card), ...(scored.risk ? { risk: scored.risk.kind, cue: scored.risk.cue } : {}) },
      at,
    );
    seen.push({ direction: 'agent', text: m.text, at });
    answered = seen.length;
    if (conv.promise && rows.filter((r) => r.kind === 'qa.scored').length === 1) {
      add('promise.created', { promiseId: `promise-${conv.id}-1`, kind: 'check', summary: '查一下', dueAt: at + 3_600_000 }, at);
      add('promise.done', { promiseId: `promise-${conv.id}-1` }, at + (conv.promise === 'kept' ? 1_800_000 : 5_400_000));
    }
    if (conv.caseOpened && rows.filter((r) => r.kind === 'qa.scored').length === 1)
      add('case.opened', { caseId: `case-${conv.id}-0001`, category: '服务', wants: '', evidence: 'none', firstReplyDueAt: at + 1, resolveDueAt: at + 2 }, at + 500);
  }
  add('qa.scored', { conversation: key, scope: 'round', results: { noUnanswered: seen.slice(answered).some((s) => s.direction === 'buyer') ? 'fail' : 'pass' } }, at + 60_000);
  return rows;
}

function agreement(convs: LabelledConversation[]) {
  let agree = 0;
  let total = 0;
  const perCategory: Record<string, [number, number]> = {};
  for (const conv of convs) {
    const card = { ...DEFAULT_QA_SCORECARD, reviewInvitation: conv.reviewInvitation };
    const [folded] = foldConversations(rowsOf(conv), card, T0 + 8 * 3_600_000);
    for (const id of QA_CATEGORY_IDS) {
      const label = conv.labels[id];
      if (!label) continue;
      const same = (folded!.results[id] ?? 'na') === label;
      total++;
      if (same) agree++;
      const c = (perCategory[id] ??= [0, 0]);
      c[1]++;
      if (same) c[0]++;
    }
  }
  return { rate: agree / total, total, perCategory };
}

describe("automatic QA scores against the lead's labels", () => {
  const all = makeConversations(120);
  it('agree on at least 85 % of category judgements on the held-out half', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
    const held = agreement(all.filter((c) => c.half === 'held-out'));
    const tune = agreement(all.filter((c) => c.half === 'tune'));
    const cats = Object.entries(held.perCategory)
      .map(([id, [a, n]]) => `${id} ${a}/${n}`)
      .join(', ');
    console.log(`QA agreement held-out: ${(held.rate * 100).toFixed(1)} % of ${held.total} judgements (${cats}); tune: ${(tune.rate * 100).toFixed(1)} % of ${tune.total}`);
    expect(held.rate).toBeGreaterThanOrEqual(0.85);
  });
});
