import type { Action, QaCategoryId, QaResult, QaResults, QaScorecard, RiskKind } from '../model';
import { QA_CATEGORY_IDS } from '../model/qa';
import { conversationKey } from './conversation-key';
import { CASE_RISKS } from './risk';
import { weightedScore } from './score-reply';

/** One conversation's QA as its rows leave it: the automatic judgement, the lead's where they overrode it, and both combined. */
export interface ConversationQa {
  key: string;
  site?: string;
  buyer?: { buyerId?: string; nick?: string };
  agent?: string;
  day: string;
  firstAt: number;
  lastAt: number;
  /** What the product judged, category by category. */
  auto: QaResults;
  /** The lead's overrides (latest per category) with their reasons. */
  overrides: Partial<Record<QaCategoryId, { result: QaResult; reason: string; by?: string; at: number }>>;
  /** Auto results with the overrides on top. */
  results: QaResults;
  score?: number;
  risk?: RiskKind;
  replies: number;
  /** Ids of the rows that made it (for the drill-down). */
  rowIds: string[];
}

type P = Record<string, unknown>;
/** How a category's per-reply results make the conversation's: some must hold in every reply, some in one. */
const ANY_PASS = new Set<QaCategoryId>(['personal', 'closing']);

function combine(id: QaCategoryId, a: QaResult | undefined, b: QaResult): QaResult {
  if (!a || a === 'na') return b;
  if (b === 'na') return a;
  if (ANY_PASS.has(id)) return a === 'pass' || b === 'pass' ? 'pass' : 'fail';
  return a === 'fail' || b === 'fail' ? 'fail' : 'pass';
}

const rowKey = (a: Action) => (a.site && a.buyer ? conversationKey(a.site, { id: a.buyer.buyerId, nick: a.buyer.nick }, a.at) : undefined);

/**
 * Every scored conversation in the rows (any order, several devices): `qa.scored` rows combined per category, the
 * promise and case categories judged from `promise.*` and `case.opened` rows of the same buyer and day, a buyer still
 * unanswered at the end from `message.received`/`message.sent`, then the lead's `qa.overridden` rows on top.
 * `now` decides what is still pending (a promise not yet due, a buyer who wrote a minute ago).
 */
export function foldConversations(actions: readonly Action[], card: QaScorecard, now: number): ConversationQa[] {
  const sorted = [...actions].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const convs = new Map<string, ConversationQa>();
  const promises = new Map<string, { conv: string; dueAt: number; doneAt?: number; overdue?: boolean }>();
  const cases = new Set<string>();
  const lastBuyer = new Map<string, number>();
  const lastReply = new Map<string, number>();
  const rounds = new Map<string, QaResult>();
  const overrides: Action[] = [];
  for (const a of sorted) {
    const p = a.payload as P;
    if (a.kind === 'qa.scored') {
      const key = String(p.conversation);
      let c = convs.get(key);
      if (!c) {
        c = {
          key,
          site: a.site,
          buyer: a.buyer && { buyerId: a.buyer.buyerId, nick: a.buyer.nick },
          agent: a.agent?.staffId,
          day: key.slice(-10),
          firstAt: a.at,
          lastAt: a.at,
          auto: {},
          overrides: {},
          results: {},
          replies: 0,
          rowIds: [],
        };
        convs.set(key, c);
      }
      c.lastAt = a.at;
      c.agent ??= a.agent?.staffId;
      c.rowIds.push(a.id);
      const results = (p.results ?? {}) as QaResults;
      if (p.scope === 'round') {
        if (results.noUnanswered) rounds.set(key, results.noUnanswered);
      } else c.replies++;
      for (const id of QA_CATEGORY_IDS) {
        const r = results[id];
        if (r && id !== 'noUnanswered') c.auto[id] = combine(id, c.auto[id], r);
      }
      const risk = p.risk as RiskKind | undefined;
      if (risk && (!c.risk || CASE_RISKS.has(risk))) c.risk = risk;
      continue;
    }
    if (a.kind === 'qa.overridden') {
      overrides.push(a);
      continue;
    }
    const key = rowKey(a);
    if (!key) continue;
    if (a.kind === 'promise.created') promises.set(String(p.promiseId), { conv: key, dueAt: Number(p.dueAt) });
    else if (a.kind === 'promise.done') {
      const pr = promises.get(String(p.promiseId));
      if (pr && pr.doneAt === undefined) pr.doneAt = a.at;
    } else if (a.kind === 'promise.overdue') {
      const pr = promises.get(String(p.promiseId));
      if (pr) pr.overdue = true;
    } else if (a.kind === 'case.opened') cases.add(key);
    else if (a.kind === 'message.received') lastBuyer.set(key, Math.max(lastBuyer.get(key) ?? 0, Number(p.sentAt ?? a.at)));
    else if (a.kind === 'message.sent' || a.kind === 'message.sent_unguarded') lastReply.set(key, a.at);
  }
  const endGap = card.roundGapMinutes * 60_000;
  for (const pr of promises.values()) {
    const c = convs.get(pr.conv);
    if (!c) continue;
    const kept: QaResult = pr.doneAt !== undefined ? (pr.doneAt <= pr.dueAt ? 'pass' : 'fail') : pr.overdue || now > pr.dueAt ? 'fail' : 'na';
    c.auto.promiseKept = combine('promiseKept', c.auto.promiseKept, kept);
  }
  for (const c of convs.values()) {
    c.auto.caseOpened = c.risk && CASE_RISKS.has(c.risk) ? (cases.has(c.key) ? 'pass' : 'fail') : 'na';
    const buyerAt = lastBuyer.get(c.key);
    const replyAt = lastReply.get(c.key) ?? c.lastAt;
    const derived: QaResult = buyerAt !== undefined && buyerAt > replyAt ? (now - buyerAt >= endGap ? 'fail' : 'na') : 'pass';
    c.auto.noUnanswered = rounds.get(c.key) === 'fail' ? 'fail' : derived;
  }
  for (const a of overrides) {
    const p = a.payload as P;
    const c = convs.get(String(p.conversation));
    if (c) c.overrides[p.category as QaCategoryId] = { result: p.result as QaResult, reason: String(p.reason), by: a.agent?.staffId, at: a.at };
  }
  for (const c of convs.values()) {
    c.results = { ...c.auto };
    for (const [id, o] of Object.entries(c.overrides)) c.results[id as QaCategoryId] = o!.result;
    const score = weightedScore(c.results, card);
    if (score !== undefined) c.score = score;
  }
  return [...convs.values()].sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || b.lastAt - a.lastAt);
}
