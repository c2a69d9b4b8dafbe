import type { QaCategoryId, QaResult, QaResults } from '../model';
import { QA_CATEGORY_IDS } from '../model/qa';
import type { RiskKind } from '../model';
import { parseTeamRow, runTeamQuery, type TeamResult, type TeamSource } from '../team-log/client';
import type { TeamQuery } from '../team-log/query';
import { qaCellsQuery, qaConversationRowsQuery, qaConversationsQuery, qaSitesQuery } from './team-qa-sql';
import type { ConversationQa } from './fold';
import { boardOfCells, QA_WORST_LIMIT, type QaCell, type QaSource } from './qa-source';
import { weightedScore } from './score-reply';

type SqlRow = Record<string, unknown>;
const lines = (text: string) => text.split('\n').filter((line) => line !== '');
// 64-bit numbers come quoted (or not, by server setting): Number() reads both.
const num = (v: unknown) => Number(v ?? 0);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A conversation row of qaConversationsQuery as the fold would have made it. */
export function conversationFromSql(r: SqlRow, card: Parameters<typeof weightedScore>[1]): ConversationQa {
  let buyer: ConversationQa['buyer'];
  try {
    const b = JSON.parse(str(r.buyer_json) || 'null') as { buyerId?: string; nick?: string } | null;
    if (b) buyer = { buyerId: b.buyerId, nick: b.nick };
  } catch {
    buyer = undefined;
  }
  const auto: QaResults = {};
  const overrides: ConversationQa['overrides'] = {};
  for (const id of QA_CATEGORY_IDS) {
    const a = str(r[`auto_${id}`]);
    if (a) auto[id] = a as QaResult;
    const o = str(r[`over_${id}`]);
    if (o) overrides[id] = { result: o as QaResult, reason: str(r[`over_reason_${id}`]), by: str(r[`over_by_${id}`]) || undefined, at: num(r[`over_at_${id}`]) };
  }
  const results: QaResults = { ...auto };
  for (const [id, o] of Object.entries(overrides)) results[id as QaCategoryId] = o!.result;
  const score = weightedScore(results, card);
  const agent = str(r.agent);
  return {
    key: str(r.conversation),
    site: str(r.c_site) || undefined,
    buyer,
    agent: agent === '—' ? undefined : agent,
    day: str(r.day),
    firstAt: num(r.first_at),
    lastAt: num(r.last_at),
    auto,
    overrides,
    results,
    ...(score !== undefined ? { score } : {}),
    ...(str(r.c_risk) ? { risk: str(r.c_risk) as RiskKind } : {}),
    replies: num(r.replies),
    rowIds: Array.isArray(r.row_ids) ? (r.row_ids as string[]) : [],
  };
}

const cellFromSql = (r: SqlRow): QaCell => {
  const per = (prefix: string) => Object.fromEntries(QA_CATEGORY_IDS.map((id) => [id, num(r[`${prefix}_${id}`])]));
  return {
    agent: str(r.agent),
    day: str(r.day),
    site: str(r.site),
    conversations: num(r.conversations),
    scored: num(r.scored),
    scoreSum: num(r.score_sum),
    pass: per('pass'),
    judged: per('judged'),
    calJudged: per('cal_judged'),
    calOverridden: per('cal_over'),
    calDisagreed: per('cal_disagreed'),
  };
};

/**
 * The QA board on the team's ClickHouse (utils/qa/team-qa-sql.ts): the server folds the conversations; the browser
 * gets the agent-day cells, the worst conversations and a drill-down's rows. `fail` turns a failed request into the
 * source's error (the dashboard's words for it).
 */
export function teamQaSource(source: TeamSource, fail: <T>(result: TeamResult<T>) => T): QaSource {
  const database = source.connection.database;
  // A whole team's fold may take the server a while: allowed as long as the KPIs.
  const query = async (q: TeamQuery) => lines(fail(await runTeamQuery(source, q, 10 * 60_000)));
  const json = async (q: TeamQuery) => (await query(q)).map((line) => JSON.parse(line) as SqlRow);
  return {
    async board(filter, card, now, limit = QA_WORST_LIMIT) {
      const [cells, worst, sites] = await Promise.all([json(qaCellsQuery(database, card, filter, now)), json(qaConversationsQuery(database, card, filter, now, limit)), query(qaSitesQuery(database))]);
      return { ...boardOfCells(cells.map(cellFromSql)), worst: worst.map((r) => conversationFromSql(r, card)), sites };
    },
    conversations: async (filter, card, now, limit) => (await json(qaConversationsQuery(database, card, filter, now, limit))).map((r) => conversationFromSql(r, card)),
    async rows(conversation) {
      return (await query(qaConversationRowsQuery(database, conversation))).map(parseTeamRow).filter((r) => r !== undefined);
    },
  };
}
