import type { Action, QaResults } from '@/utils/model';
import { QA_CATEGORY_IDS } from '@/utils/model/qa';
import { conversationKey } from '@/utils/qa/conversation-key';

function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 13), 3266489909) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const REPLY_CATEGORIES = ['greeting', 'onTime', 'apology', 'personal', 'guardClean', 'closing'] as const;
const RISKS = ['regulator', 'review', 'complaint', 'refund', 'abuse'] as const;
const LEAD = { name: '组长', staffId: '9001', role: 'lead', shop: '店' } as const;

/**
 * The QA rows a week of work leaves beside its messages (seeded): a `qa.scored` row after each reply with random
 * category results and now and then a buyer risk, round rows, promises kept, late, overdue or still pending, cases
 * opened for some threats, and a lead's overrides (some overturned twice, some of a conversation never scored).
 * Every row at its own millisecond, none before `now`.
 */
export function withQaRows(log: readonly Action[], seed: number, now: number): Action[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const used = new Set(log.map((r) => r.at));
  const at = (t: number) => {
    let v = Math.round(t);
    while (used.has(v)) v++;
    used.add(v);
    return v;
  };
  let seq = Math.max(...log.map((r) => r.seq)) + 1;
  const out: Action[] = [...log];
  const add = (kind: string, when: number, payload: object, from: Action, agent: Action['agent'] | null = from.agent) =>
    out.push({
      id: crypto.randomUUID(),
      deviceId: 'device-0001',
      seq: seq++,
      at: at(when),
      kind,
      payload,
      ...(from.site ? { site: from.site } : {}),
      ...(from.buyer ? { buyer: from.buyer } : {}),
      ...(agent ? { agent } : {}),
      prevHash: '0'.repeat(64),
      hash: '1'.repeat(64),
    } as Action);
  const conversations = new Map<string, Action>();
  for (const sent of log.filter((r) => r.kind === 'message.sent' && r.site && r.buyer)) {
    const key = conversationKey(sent.site!, { id: sent.buyer!.buyerId, nick: sent.buyer!.nick }, sent.at)!;
    if (next() < 0.1) continue; // a reply the product did not score (an older version, a page it could not read)
    conversations.set(key, sent);
    const results: QaResults = {};
    for (const id of REPLY_CATEGORIES) if (next() < 0.85) results[id] = pick(['pass', 'pass', 'fail', 'na'] as const);
    add('qa.scored', sent.at + 1, { conversation: key, scope: 'reply', results, ...(next() < 0.2 ? { risk: pick(RISKS), cue: '差评' } : {}) }, sent);
  }
  let n = 0;
  for (const [key, sent] of conversations) {
    n++;
    const t = sent.at + 60_000;
    if (next() < 0.5) add('qa.scored', t, { conversation: key, scope: 'round', results: { noUnanswered: next() < 0.3 ? 'fail' : 'pass' } }, sent);
    if (next() < 0.35) {
      const promiseId = `promise-${n}`;
      const pending = next() < 0.2; // due after `now`, nothing done yet
      const due = t + 3_600_000 * (pending ? 800 : 2);
      if (next() < 0.2) add('promise.done', t - 500, { promiseId }, sent); // a stray done before the promise: not counted
      add('promise.created', t + 1000, { promiseId, kind: pick(['wait', 'check', 'callback'] as const), summary: '查件', dueAt: due }, sent);
      const fate = pending ? 1 : next();
      if (fate < 0.4) add('promise.done', t + 1_800_000, { promiseId }, sent);
      else if (fate < 0.6) add('promise.done', due + 600_000, { promiseId }, sent);
      else if (fate < 0.8) add('promise.overdue', due + 1000, { promiseId }, sent);
    }
    if (next() < 0.25) add('case.opened', t + 2000, { caseId: `case-${n}-x`, category: '服务', wants: '', evidence: 'none', firstReplyDueAt: t + 86_400_000, resolveDueAt: t + 3 * 86_400_000 }, sent);
    if (next() < 0.2) {
      const category = pick(QA_CATEGORY_IDS);
      // Logged on the lead's dashboard: no site, no buyer, only the conversation's key (now and then from a page).
      const where = next() < 0.7 ? ({ ...sent, site: undefined, buyer: undefined } as Action) : sent;
      add('qa.overridden', t + 3000, { conversation: key, category, result: pick(['pass', 'fail', 'na'] as const), reason: '组长复核' }, where, LEAD);
      if (next() < 0.3) add('qa.overridden', t + 4000, { conversation: key, category, result: pick(['pass', 'fail'] as const), reason: '再次复核' }, sent, LEAD);
    }
  }
  const stray = log.find((r) => r.site && r.buyer)!;
  add('qa.overridden', stray.at + 5, { conversation: 'douyin|nick:没有这个人|2026-11-21', category: 'greeting', result: 'pass', reason: '无对应会话' }, stray, LEAD);
  if (out.some((r) => r.at > now)) throw new Error('a seeded QA row after now');
  return out;
}
