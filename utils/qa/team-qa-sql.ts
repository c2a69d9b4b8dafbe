import type { QaCategoryId, QaScorecard } from '../model';
import { QA_CATEGORY_IDS, QA_KINDS } from '../model/qa';
import { dedupedRows, type SqlParam, type TeamQuery } from '../team-log/query';
import { CASE_RISKS } from './risk';

/**
 * The QA fold of utils/qa/fold.ts as ClickHouse SQL over the team table, so the lead's board reads a whole team's
 * conversations without their rows. The same rules, row for row:
 * - a conversation is the `conversation` of its `qa.scored` rows; its site, buyer and agent are its first scored row's;
 * - a category of the replies fails when one failed it (personal and closing pass when one passed it);
 * - promise kept: each `promise.*` chain of the conversation's buyer and day (done by the due time, else overdue or
 *   past due fails, else pending), on top of what the replies said;
 * - case opened: a complaint, 差评 or 12315 risk wants a `case.opened` row of the same buyer and day;
 * - nobody unanswered: the last round row's verdict, else whether a buyer wrote after the last reply long enough ago;
 * - a lead's latest `qa.overridden` row per category wins; the score weighs the enabled categories that apply.
 * Written for Debian's 18.16 (visitParamExtract* on the stored JSON row, no window functions); every value the lead
 * types is a bound parameter.
 */

const ANY_PASS = new Set<QaCategoryId>(['personal', 'closing']);
const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const list = (values: Iterable<string>) => [...values].map(quote).join(', ');
const NO_AGENT = '—';

export interface QaSqlFilter {
  site?: string;
  agent?: string;
  day?: string;
}

/** Each QA row with its conversation: the payload's for scores and overrides, else made from site, buyer and China day as conversationKey does. */
function rowsSql(database: string, site: string | undefined): string {
  // An override is logged on the lead's dashboard, which has no site: it joins its conversation by key whatever the filter.
  const where = `WHERE kind IN (${list(QA_KINDS)})${site ? " AND (site = {qaSite:String} OR kind = 'qa.overridden')" : ''}`;
  const results = QA_CATEGORY_IDS.map((id) => `visitParamExtractString(results, ${quote(id)}) AS r_${id}`).join(', ');
  return `SELECT kind, at, id, staff_id, site, payload, buyer, results, ${results},
      visitParamExtractString(payload, 'scope') AS scope,
      visitParamExtractString(payload, 'risk') AS risk,
      visitParamExtractString(payload, 'category') AS category,
      visitParamExtractString(payload, 'result') AS result,
      visitParamExtractString(payload, 'reason') AS reason,
      visitParamExtractString(payload, 'promiseId') AS promise_id,
      visitParamExtractUInt(payload, 'dueAt') AS due,
      visitParamExtractUInt(payload, 'sentAt') AS sent_at,
      if(kind IN ('qa.scored', 'qa.overridden'), visitParamExtractString(payload, 'conversation'),
        if(site != '' AND buyer != '' AND who != '', concat(substringUTF8(concat(site, '|', who), 1, 109), '|', toString(toDate(toDateTime(intDiv(at, 1000)), 'Asia/Shanghai'))), '')) AS conversation
    FROM (
      SELECT kind, at, id, staff_id, site, visitParamExtractRaw(row, 'payload') AS payload, visitParamExtractRaw(row, 'buyer') AS buyer,
        visitParamExtractRaw(payload, 'results') AS results,
        visitParamExtractString(buyer, 'buyerId') AS buyer_id, visitParamExtractString(buyer, 'nick') AS nick,
        if(buyer_id != '', concat('id:', buyer_id), if(nick != '', concat('nick:', nick), '')) AS who
      FROM ${dedupedRows(database, where, 'kind, at, id, staff_id, site, row')}
    )`;
}

/** Per promise (the latest `promise.created` of its id): kept, broken or still pending at `now`; then per conversation. */
// 18.16's lambdas cannot read a column of the row they run on, so "the first done at or after the promise" is read off
// the sorted times: the promise's own time, then the next one along.
const promisesSql = (rows: string) => `SELECT p_conv AS conversation, if(countIf(kept = 'fail') > 0, 'fail', if(countIf(kept = 'pass') > 0, 'pass', 'na')) AS promise_auto
  FROM (
    SELECT p_conv, arraySort(arrayConcat([created_at], dones)) AS times, indexOf(times, created_at) AS from_here,
      if(length(times) > from_here, if(times[from_here + 1] <= p_due, 'pass', 'fail'), if(arrayReduce('max', overdues) >= created_at OR {qaNow:UInt64} > p_due, 'fail', 'na')) AS kept
    FROM (
      SELECT promise_id, argMaxIf(conversation, at, kind = 'promise.created') AS p_conv, argMaxIf(due, at, kind = 'promise.created') AS p_due,
        maxIf(at, kind = 'promise.created') AS created_at, groupArrayIf(at, kind = 'promise.done') AS dones, groupArrayIf(at, kind = 'promise.overdue') AS overdues
      FROM (${rows}) WHERE kind IN ('promise.created', 'promise.done', 'promise.overdue') AND conversation != ''
      GROUP BY promise_id HAVING countIf(kind = 'promise.created') > 0
    )
  ) GROUP BY p_conv`;

/** What the replies said of a category (before promises, cases and the end of the conversation): '' when none judged it. */
function repliesSay(id: QaCategoryId): string {
  const n = (r: string) => `countIf(kind = 'qa.scored' AND r_${id} = '${r}')`;
  const judged = ANY_PASS.has(id) ? `if(${n('pass')} > 0, 'pass', 'fail')` : `if(${n('fail')} > 0, 'fail', 'pass')`;
  return `if(${n('pass')} + ${n('fail')} > 0, ${judged}, if(${n('na')} > 0, 'na', ''))`;
}

/**
 * One row per scored conversation: its fields, `auto_<id>` and `over_<id>` (with reason, by, at) for every category,
 * `final_<id>`, and `score` (-1 when no enabled category applies). `now` decides what is still pending.
 */
export function qaConversationsSql(database: string, card: QaScorecard, filter: QaSqlFilter = {}): string {
  const rows = rowsSql(database, filter.site);
  const scored = QA_CATEGORY_IDS.filter((id) => id !== 'noUnanswered').map((id) => `${repliesSay(id)} AS said_${id}`);
  const overrides = QA_CATEGORY_IDS.flatMap((id) => {
    const cond = `kind = 'qa.overridden' AND category = '${id}'`;
    return [
      `argMaxIf(result, at, ${cond}) AS over_${id}`,
      `argMaxIf(reason, at, ${cond}) AS over_reason_${id}`,
      `argMaxIf(staff_id, at, ${cond}) AS over_by_${id}`,
      `maxIf(at, ${cond}) AS over_at_${id}`,
    ];
  });
  const auto = QA_CATEGORY_IDS.map((id) => {
    if (id === 'promiseKept')
      return `multiIf(said_${id} = 'fail' OR promise_auto = 'fail', 'fail', said_${id} = 'pass' OR promise_auto = 'pass', 'pass', said_${id} = 'na' OR promise_auto = 'na', 'na', '') AS auto_${id}`;
    if (id === 'caseOpened') return `if(c_risk IN (${list(CASE_RISKS)}), if(cases > 0, 'pass', 'fail'), 'na') AS auto_${id}`;
    if (id === 'noUnanswered')
      return `if(last_round = 'fail', 'fail', if(buyer_messages > 0 AND last_buyer > if(replies_sent > 0, last_reply, last_at), if(toInt64({qaNow:UInt64}) - toInt64(last_buyer) >= ${card.roundGapMinutes * 60_000}, 'fail', 'na'), 'pass')) AS auto_${id}`;
    return `said_${id} AS auto_${id}`;
  });
  const final = QA_CATEGORY_IDS.map((id) => `if(over_${id} != '', over_${id}, auto_${id}) AS final_${id}`);
  const weighed = card.categories.filter((c) => c.enabled && c.weight > 0);
  const got = weighed.map((c) => `if(final_${c.id} = 'pass', ${c.weight}, 0)`).join(' + ') || '0';
  const total = weighed.map((c) => `if(final_${c.id} IN ('pass', 'fail'), ${c.weight}, 0)`).join(' + ') || '0';
  const outer: string[] = [];
  if (filter.site) outer.push('c_site = {qaSite:String}');
  if (filter.agent) outer.push('agent = {qaAgent:String}');
  if (filter.day) outer.push('day = {qaDay:String}');
  // got / total * 100, in that order: the same doubles as weightedScore's Math.round, rounded half up like it.
  return `SELECT *, ${final.join(', ')}, (${total}) AS total, (${got}) AS got, if(total > 0, toInt64(floor(got / total * 100 + 0.5)), -1) AS score
FROM (
  SELECT *, ${auto.join(', ')}
  FROM (
    SELECT conversation,
      argMinIf(site, at, kind = 'qa.scored') AS c_site, argMinIf(buyer, at, kind = 'qa.scored') AS buyer_json,
      if(countIf(kind = 'qa.scored' AND staff_id != '') > 0, argMinIf(staff_id, at, kind = 'qa.scored' AND staff_id != ''), ${quote(NO_AGENT)}) AS agent,
      substring(conversation, length(conversation) - 9, 10) AS day,
      minIf(at, kind = 'qa.scored') AS first_at, maxIf(at, kind = 'qa.scored') AS last_at,
      countIf(kind = 'qa.scored' AND scope != 'round') AS replies,
      groupArrayIf(id, kind = 'qa.scored') AS row_ids,
      if(countIf(kind = 'qa.scored' AND risk IN (${list(CASE_RISKS)})) > 0, argMaxIf(risk, at, kind = 'qa.scored' AND risk IN (${list(CASE_RISKS)})), argMinIf(risk, at, kind = 'qa.scored' AND risk != '')) AS c_risk,
      argMaxIf(r_noUnanswered, at, kind = 'qa.scored' AND scope = 'round' AND r_noUnanswered != '') AS last_round,
      countIf(kind = 'case.opened') AS cases,
      countIf(kind = 'message.received') AS buyer_messages, maxIf(if(sent_at > 0, sent_at, at), kind = 'message.received') AS last_buyer,
      countIf(kind IN ('message.sent', 'message.sent_unguarded')) AS replies_sent, maxIf(at, kind IN ('message.sent', 'message.sent_unguarded')) AS last_reply,
      ${[...scored, ...overrides].join(',\n      ')}
    FROM (${rows}) WHERE conversation != ''
    GROUP BY conversation HAVING countIf(kind = 'qa.scored') > 0
  ) ANY LEFT JOIN (${promisesSql(rows)}) USING (conversation)
)${outer.length ? `\nWHERE ${outer.join(' AND ')}` : ''}`;
}

function params(filter: QaSqlFilter, now: number, extra: Record<string, SqlParam> = {}): Record<string, SqlParam> {
  return {
    qaNow: { type: 'UInt64', value: Math.max(0, Math.floor(now)) },
    ...(filter.site ? { qaSite: { type: 'String', value: filter.site } } : {}),
    ...(filter.agent ? { qaAgent: { type: 'String', value: filter.agent } } : {}),
    ...(filter.day ? { qaDay: { type: 'String', value: filter.day } } : {}),
    ...extra,
  };
}

/**
 * The board's figures per agent, day and platform (small: a team's agents × days × sites), every one a sum the
 * browser can add up again under a platform filter: conversations, scores, each category's passes and judgements,
 * and for the calibration how often a lead overrode and overturned each rule.
 */
export function qaCellsQuery(database: string, card: QaScorecard, filter: QaSqlFilter, now: number): TeamQuery {
  const perCategory = QA_CATEGORY_IDS.flatMap((id) => [
    `countIf(final_${id} = 'pass') AS pass_${id}`,
    `countIf(final_${id} IN ('pass', 'fail')) AS judged_${id}`,
    `countIf(auto_${id} IN ('pass', 'fail') OR over_${id} != '') AS cal_judged_${id}`,
    `countIf(over_${id} != '') AS cal_over_${id}`,
    `countIf(over_${id} != '' AND over_${id} != if(auto_${id} = '', 'na', auto_${id})) AS cal_disagreed_${id}`,
  ]);
  return {
    sql: `SELECT agent, day, c_site AS site, count() AS conversations, countIf(score >= 0) AS scored, sumIf(score, score >= 0) AS score_sum,
  ${perCategory.join(',\n  ')}
FROM (${qaConversationsSql(database, card, filter)})
GROUP BY agent, day, c_site
FORMAT JSONEachRow`,
    params: params(filter, now),
  };
}

/** The scored conversations, worst first (as foldConversations sorts them), at most `limit`. */
export function qaConversationsQuery(database: string, card: QaScorecard, filter: QaSqlFilter, now: number, limit: number): TeamQuery {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`not a row count: ${limit}`);
  const columns = [
    'conversation',
    'c_site',
    'buyer_json',
    'agent',
    'day',
    'first_at',
    'last_at',
    'replies',
    'row_ids',
    'c_risk',
    'score',
    ...QA_CATEGORY_IDS.flatMap((id) => [`auto_${id}`, `over_${id}`, `over_reason_${id}`, `over_by_${id}`, `over_at_${id}`]),
  ];
  return {
    sql: `SELECT ${columns.join(', ')} FROM (${qaConversationsSql(database, card, filter)})
ORDER BY if(score >= 0, score, 101) ASC, last_at DESC, conversation ASC
LIMIT ${limit}
FORMAT JSONEachRow`,
    params: params(filter, now),
  };
}

/** The `qa.scored` and `qa.overridden` rows of one conversation (the drill-down), oldest first. */
export function qaConversationRowsQuery(database: string, conversation: string): TeamQuery {
  const where = "WHERE kind IN ('qa.scored', 'qa.overridden') AND visitParamExtractString(visitParamExtractRaw(row, 'payload'), 'conversation') = {qaConversation:String}";
  return {
    sql: `SELECT row FROM ${dedupedRows(database, where, 'at, device_id, seq, row')} ORDER BY at, device_id, seq LIMIT 5000 FORMAT TabSeparatedRaw`,
    params: { qaConversation: { type: 'String', value: conversation } },
  };
}

/** The platforms that have scored conversations (the board's filter list). */
export const qaSitesQuery = (database: string): TeamQuery => ({
  sql: `SELECT DISTINCT site FROM ${database}.actions WHERE kind = 'qa.scored' AND site != '' ORDER BY site FORMAT TabSeparatedRaw`,
  params: {},
});
