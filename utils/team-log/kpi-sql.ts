import type { AgentDayKpi, KpiOptions } from '../kpi/kpi-types';
import type { LogFilter } from '../model/log-filter';
import type { SiteProfile } from '../model';
import { dedupedRows, teamWhere, type TeamQuery, type TrustedRows } from './query';

/**
 * The KPIs of `computeKpis` as one ClickHouse query over the team table, so a lead's dashboard reads a whole service
 * centre's figures without the rows: the same definitions, written in SQL (arrays stand in for the per-conversation
 * walk). Written for what Debian's ClickHouse 18.16 has (no window functions, no JSON type): zones, markets and
 * platform rules come from the site profiles as data. The result is one row per agent and day plus one per platform
 * rule unit, merged into `AgentDayKpi` rows by `kpiRowsFromSql`.
 */

const DEFAULT_ZONE = 'Asia/Shanghai';
const NO_AGENT = '—';
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Every zone a site or market works in: functions that take a zone need it as a constant, so each gets its branch. */
const zonesOf = (profiles: readonly SiteProfile[]) => [...new Set([DEFAULT_ZONE, ...profiles.flatMap((p) => [p.timeZone, ...p.regions.map((r) => r.timeZone)])])];

/** `fn(dateTime, zone)` for a zone held in a column: one branch per known zone. */
function byZone(zones: readonly string[], zone: string, fn: (z: string) => string): string {
  return `multiIf(${zones.map((z) => `${zone} = ${quote(z)}, ${fn(quote(z))}`).join(', ')}, ${fn(quote(DEFAULT_ZONE))})`;
}

const dateTime = (ms: string) => `toDateTime(intDiv(${ms}, 1000))`;

/** The market a page host belongs to, as regionOfHost decides it (the host itself or a subdomain). */
function regionCase(profiles: readonly SiteProfile[], pick: (r: SiteProfile['regions'][number], p: SiteProfile) => string, otherwise: (p: SiteProfile) => string, fallback: string): string {
  const branches = profiles.flatMap((p) => [
    ...p.regions.map((r) => `site = ${quote(p.id)} AND (host = ${quote(r.host)} OR host LIKE ${quote(`%.${r.host}`)}), ${pick(r, p)}`),
    `site = ${quote(p.id)}, ${otherwise(p)}`,
  ]);
  return branches.length ? `multiIf(${branches.join(', ')}, ${fallback})` : fallback;
}

const KIND_COUNTERS = `
  countIf(kind = 'message.received') AS buyerMessages,
  countIf(kind = 'message.sent') AS messagesSent,
  sumIf(findings, kind = 'message.sent') AS findings,
  uniqExactIf(hourOfDay, kind = 'message.sent') AS activeHours,
  countIf(kind = 'remark.saved') AS remarksSaved,
  countIf(kind = 'remark.saved' AND valid) AS remarksValid,
  countIf(kind = 'remark.blocked') AS remarksBlocked,
  countIf(kind = 'lint.blocked') AS lintBlocked,
  countIf(kind = 'lint.overridden') AS overrides,
  countIf(kind = 'message.sent_unguarded') AS unguardedSent,
  countIf(kind = 'message.sent_unguarded' AND blocking) AS unguardedViolations,
  countIf(kind = 'template.inserted') AS templatesInserted`;
const COUNTED_KINDS = ['message.received', 'message.sent', 'remark.saved', 'remark.blocked', 'lint.blocked', 'lint.overridden', 'message.sent_unguarded', 'template.inserted'];

/** The log rows the KPIs read, with each row's zone, market, effective time and payload figures. */
function eventsSql(database: string, where: string, profiles: readonly SiteProfile[], zones: readonly string[]): string {
  const zone = regionCase(
    profiles,
    (r) => quote(r.timeZone),
    (p) => quote(p.timeZone),
    quote(DEFAULT_ZONE),
  );
  const region = regionCase(
    profiles,
    (r) => quote(r.code),
    () => "''",
    "''",
  );
  return `SELECT kind, site, buyer_key, agent, zone, region, t, greeting, findings, valid, blocking,
      ${byZone(zones, 'zone', (z) => `toString(toDate(${dateTime('t')}, ${z}))`)} AS day,
      ${byZone(zones, 'zone', (z) => `toHour(${dateTime('t')}, ${z})`)} AS hourOfDay,
      ${byZone(zones, 'zone', (z) => `toDayOfWeek(${dateTime('t')}, ${z}) % 7`)} AS weekday
    FROM (
      SELECT kind, site, buyer_key, if(staff_id = '', ${quote(NO_AGENT)}, staff_id) AS agent,
        domain(visitParamExtractString(row, 'pageUrl')) AS host,
        ${zone} AS zone, ${region} AS region,
        if(kind = 'message.received' AND visitParamExtractUInt(row, 'sentAt') > 0, visitParamExtractUInt(row, 'sentAt'), at) AS t,
        visitParamExtractBool(row, 'greetingOnly') AS greeting,
        visitParamExtractInt(row, 'findings') AS findings,
        visitParamExtractBool(row, 'valid') AS valid,
        visitParamExtractBool(row, 'blocking') AS blocking
      FROM ${dedupedRows(database, where)}
    ) WHERE kind IN (${COUNTED_KINDS.map(quote).join(', ')})`;
}

/** The Monday-noon deadline of a weekend start (epoch ms), per zone branch. */
const mondayNoon = (zones: readonly string[], zoneCol: string, atCol: string, weekdayCol: string) =>
  byZone(zones, zoneCol, (z) => `toUnixTimestamp(toDateTime(concat(toString(toDate(${dateTime(atCol)}, ${z}) + if(${weekdayCol} = 6, 2, 1)), ' 12:00:00'), ${z})) * 1000`);

/** The clock deadline of a same-day cycle (epoch ms): `answeredBy`:00 on the start's day, or the next day from `cutoff`:00. */
const sameDayDeadline = (zones: readonly string[], zoneCol: string, atCol: string, hourCol: string, cutoff: number, answeredBy: number) =>
  byZone(
    zones,
    zoneCol,
    (z) => `toUnixTimestamp(toDateTime(concat(toString(toDate(${dateTime(atCol)}, ${z}) + if(${hourCol} >= ${cutoff}, 1, 0)), ' ${String(answeredBy).padStart(2, '0')}:00:00'), ${z})) * 1000`,
  );

/**
 * Per conversation: its events sorted as computeKpis sorts them (time, buyer first), the rounds (a buyer message with
 * nothing pending up to our next reply), the one left unanswered, and each platform rule's units, as facts
 * (agent, day, fact, value, unit) summed per agent and day. Every array step is linear in the conversation's length:
 * ClickHouse copies the arrays a lambda reads for each element it visits, so a lambda inside a lambda is quadratic.
 */
function conversationFactsSql(events: string, rules: KpiOptions['platformRules'], zones: readonly string[]): string {
  const ruleFacts = rules.map(({ site, rule }) => {
    const regions = rule.regions?.length ? ` AND has([${rule.regions.map(quote).join(', ')}], RG[S[u]])` : '';
    const session = rule.unit === 'session-first' ? ` AND Q[u] >= ${rule.sessionGapMs ?? 0}` : '';
    const applies = `SITE[S[u]] = ${quote(site)} AND H[S[u]] >= ${rule.fromHour} AND H[S[u]] < ${rule.toHour}${regions}${session}`;
    const answer = rule.greetingsDoNotCount ? 'SUB[u]' : 'GAP[u]';
    const allowed = rule.sameDayCutoff
      ? `toInt64(${sameDayDeadline(zones, 'Z[S[u]]', 'T[S[u]]', 'H[S[u]]', rule.sameDayCutoff.receivedBeforeHour, rule.sameDayCutoff.answeredByHour)}) - toInt64(T[S[u]])`
      : rule.weekendDueMondayNoon
        ? `if(W[S[u]] = 0 OR W[S[u]] = 6, greatest(toInt64(${rule.withinMs}), toInt64(${mondayNoon(zones, 'Z[S[u]]', 'T[S[u]]', 'W[S[u]]')}) - toInt64(T[S[u]])), toInt64(${rule.withinMs}))`
        : `toInt64(${rule.withinMs})`;
    // A buyer-day ('d:') is one unit per conversation and day, met only if every counted round met it, for the last
    // one's agent: its units are folded by the platform query; any other unit ('p:') counts on its own.
    const id = quote(`${rule.unit === 'buyer-day' ? 'd' : 'p'}:${rule.id}`);
    return `arrayMap(u -> (UA[u], D[S[u]], ${id}, toInt64(${answer} >= 0 AND ${answer} <= ${allowed}), toUInt64(u)), arrayFilter(u -> ${applies}, UI))`;
  });
  return `SELECT conv, arrayJoin(arrayConcat(
      arrayMap(k -> (AG[ENDS[k]], D[STARTS[k]], 'round', toInt64(T[ENDS[k]] - T[STARTS[k]]), toUInt64(0)), arrayEnumerate(ENDS)),
      arrayMap(k -> (AG[ENDS[k]], D[STARTS[k]], 'first', toInt64(T[ENDS[k]] - T[STARTS[k]]), toUInt64(0)), arrayFilter(k -> indexOf(SD, SD[k]) = k, arrayEnumerate(ENDS))),
      arrayFilter(x0 -> FB[N] = 1, [(LASTAGENT, D[PA_ALL + 1], 'unanswered', toInt64(1), toUInt64(0))])
      ${ruleFacts
        .map(
          (facts) => `,
      ${facts}`,
        )
        .join('')}
    )) AS fact
  FROM (
    SELECT conv, T, FB, AG, Z, SITE, GR, RG, D, H, W, IDX, N, PA, PA_ALL, LASTAGENT, ENDS, STARTS, SD, SUBST, SUBST_AT, SUBST_SO_FAR,
      arrayConcat(STARTS, arrayFilter(x0 -> FB[N] = 1, [PA_ALL + 1])) AS S,
      arrayConcat(arrayMap(e -> AG[e], ENDS), arrayFilter(x0 -> FB[N] = 1, [LASTAGENT])) AS UA,
      arrayEnumerate(S) AS UI,
      arrayConcat(arrayMap(k -> toInt64(T[ENDS[k]] - T[STARTS[k]]), arrayEnumerate(ENDS)), arrayFilter(x0 -> FB[N] = 1, [toInt64(-1)])) AS GAP,
      -- From a round's start to our first reply at or after its end that is more than a greeting.
      arrayConcat(
        arrayMap(k -> if(SUBST_SO_FAR[ENDS[k]] - SUBST[ENDS[k]] + 1 <= length(SUBST_AT), toInt64(T[SUBST_AT[SUBST_SO_FAR[ENDS[k]] - SUBST[ENDS[k]] + 1]] - T[STARTS[k]]), toInt64(-1)), arrayEnumerate(ENDS)),
        arrayFilter(x0 -> FB[N] = 1, [toInt64(-1)])) AS SUB,
      arrayMap(s -> if(s > 1, toInt64(T[s] - T[s - 1]), toInt64(9223372036854775807)), S) AS Q
    FROM (
      SELECT conv, T, FB, AG, Z, SITE, GR, RG, D, H, W, IDX, N, PA, PA_ALL,
        if(PA_ALL > 0, AG[PA_ALL], ${quote(NO_AGENT)}) AS LASTAGENT,
        arrayFilter(i -> FB[i] = 0 AND i > 1 AND FB[i - 1] = 1, IDX) AS ENDS,
        arrayMap(e -> PA[e] + 1, ENDS) AS STARTS,
        arrayMap(s -> D[s], STARTS) AS SD,
        arrayMap(i -> toUInt8(FB[i] = 0 AND GR[i] = 0), IDX) AS SUBST,
        arrayFilter(i -> SUBST[i] = 1, IDX) AS SUBST_AT,
        arrayCumSum(SUBST) AS SUBST_SO_FAR
      FROM (
        SELECT conv, T, FB, AG, Z, SITE, GR, RG, D, H, W, IDX, length(T) AS N,
          -- The agent event before each event: the k-th agent event, k the agents counted before it.
          arrayFilter(i -> FB[i] = 0, IDX) AS AGENT_AT,
          arrayCumSum(arrayMap(x -> 1 - x, FB)) AS AGENTS_SO_FAR,
          arrayMap(i -> if(i > 1 AND AGENTS_SO_FAR[i - 1] > 0, AGENT_AT[AGENTS_SO_FAR[i - 1]], 0), IDX) AS PA,
          if(length(AGENT_AT) > 0, AGENT_AT[length(AGENT_AT)], 0) AS PA_ALL
        FROM (
          SELECT buyer_key AS conv,
            arraySort(x -> (x.1, -x.2), groupArray((t, toInt8(kind = 'message.received'), agent, zone, site, greeting, region, day, hourOfDay, weekday))) AS EV,
            arrayMap(x -> x.1, EV) AS T, arrayMap(x -> x.2, EV) AS FB, arrayMap(x -> x.3, EV) AS AG, arrayMap(x -> x.4, EV) AS Z,
            arrayMap(x -> x.5, EV) AS SITE, arrayMap(x -> x.6, EV) AS GR, arrayMap(x -> x.7, EV) AS RG, arrayMap(x -> x.8, EV) AS D,
            arrayMap(x -> x.9, EV) AS H, arrayMap(x -> x.10, EV) AS W, arrayEnumerate(EV) AS IDX
          FROM (${events}) WHERE buyer_key != '' AND kind IN ('message.received', 'message.sent')
          GROUP BY buyer_key
        )
      )
    )
  )
  -- ClickHouse 18.16 drops a subquery's column that only a lambda names: every array is named here once outside one.
  WHERE length(T) + length(FB) + length(AG) + length(Z) + length(SITE) + length(GR) + length(RG) + length(D) + length(H) + length(W) + length(IDX) + N + length(PA) + PA_ALL
    + length(LASTAGENT) + length(ENDS) + length(STARTS) + length(SD) + length(SUBST) + length(SUBST_AT) + length(SUBST_SO_FAR) + length(S) + length(UA) + length(UI) + length(GAP) + length(SUB) + length(Q) >= 0`;
}

/**
 * The days each agent answered in a conversation (computeKpis's "conversations") and who spoke last on each such
 * day, by plain aggregation over the events: the last event of the day in computeKpis's order (time, buyer first).
 */
function touchSql(events: string): string {
  return `SELECT agent, day, toInt64(uniqExact(buyer_key)) AS conversations, toInt64(0) AS repliedLast
      FROM (${events}) WHERE kind = 'message.sent' AND buyer_key != '' GROUP BY agent, day
    UNION ALL
    SELECT lastAgent AS agent, day, toInt64(0) AS conversations, toInt64(count()) AS repliedLast FROM (
      SELECT buyer_key, day, argMax(agent, (t, kind = 'message.sent')) AS lastAgent, argMax(kind = 'message.sent', (t, kind = 'message.sent')) AS lastIsAgent, max(kind = 'message.sent') AS touched
      FROM (${events}) WHERE buyer_key != '' AND kind IN ('message.received', 'message.sent') GROUP BY buyer_key, day
    ) WHERE touched AND lastIsAgent GROUP BY lastAgent, day`;
}

/** The counters as zeros, for the rows that carry only conversation figures or a rule's units (18.16's UNION needs columns that are not constant). */
const ZERO_COUNTERS =
  'materialize(toUInt64(0)) AS buyerMessages, materialize(toUInt64(0)) AS messagesSent, materialize(toInt64(0)) AS findings, materialize(toUInt64(0)) AS activeHours, materialize(toUInt64(0)) AS remarksSaved, materialize(toUInt64(0)) AS remarksValid, materialize(toUInt64(0)) AS remarksBlocked, materialize(toUInt64(0)) AS lintBlocked, materialize(toUInt64(0)) AS overrides, materialize(toUInt64(0)) AS unguardedSent, materialize(toUInt64(0)) AS unguardedViolations, materialize(toUInt64(0)) AS templatesInserted';

/**
 * One query: per agent and day, the counters and the conversation figures (rule ''), and per platform rule its units
 * and those that met it (rule = the rule's id). The conversation walk runs once for both.
 */
export function kpiQuery(database: string, filter: LogFilter, profiles: readonly SiteProfile[], options: KpiOptions, trusted?: TrustedRows): TeamQuery {
  const where = teamWhere(filter, trusted);
  const zones = zonesOf(profiles);
  const events = eventsSql(database, where.sql, profiles, zones);
  const facts = conversationFactsSql(events, options.platformRules, zones);
  const ZERO_CONVERSATION =
    'materialize(toInt64(0)) AS conversations, materialize(toInt64(0)) AS rounds, materialize(toInt64(0)) AS unansweredRounds, materialize(toInt64(0)) AS responseMsTotal, materialize(toInt64(0)) AS firstResponses, materialize(toInt64(0)) AS firstResponseMsTotal, materialize(toInt64(0)) AS repliedLastConversations';
  const sql = `SELECT agent, day, rule, sum(buyerMessages) AS buyerMessages, sum(messagesSent) AS messagesSent, sum(findings) AS findings, sum(activeHours) AS activeHours,
      sum(remarksSaved) AS remarksSaved, sum(remarksValid) AS remarksValid, sum(remarksBlocked) AS remarksBlocked, sum(lintBlocked) AS lintBlocked, sum(overrides) AS overrides,
      sum(unguardedSent) AS unguardedSent, sum(unguardedViolations) AS unguardedViolations, sum(templatesInserted) AS templatesInserted,
      sum(conversations) AS conversations, sum(rounds) AS rounds, sum(unansweredRounds) AS unansweredRounds, sum(responseMsTotal) AS responseMsTotal,
      sum(firstResponses) AS firstResponses, sum(firstResponseMsTotal) AS firstResponseMsTotal, sum(repliedLastConversations) AS repliedLastConversations,
      sum(ruleUnits) AS ruleUnits, sum(ruleMet) AS ruleMet
    FROM (
      SELECT agent, day, materialize('') AS rule, ${KIND_COUNTERS}, ${ZERO_CONVERSATION}, materialize(toInt64(0)) AS ruleUnits, materialize(toInt64(0)) AS ruleMet
      FROM (${events}) GROUP BY agent, day
      UNION ALL
      SELECT agent, day, if(substring(name, 1, 2) IN ('p:', 'd:'), substring(name, 3), '') AS rule, ${ZERO_COUNTERS},
        materialize(toInt64(0)) AS conversations, toInt64(if(name = 'round', n, 0)) AS rounds, toInt64(if(name = 'unanswered', n, 0)) AS unansweredRounds, toInt64(if(name = 'round', total, 0)) AS responseMsTotal,
        toInt64(if(name = 'first', n, 0)) AS firstResponses, toInt64(if(name = 'first', total, 0)) AS firstResponseMsTotal, materialize(toInt64(0)) AS repliedLastConversations,
        toInt64(rule != '') AS ruleUnits, toInt64(rule != '' AND met = 1) AS ruleMet
      FROM (
        -- Rounds and unanswered rounds add up per agent; a platform unit stands alone; a buyer-day is all its rounds.
        SELECT argMax(fact.1, fact.5) AS agent, fact.2 AS day, fact.3 AS name, count() AS n, sum(fact.4) AS total, min(fact.4) AS met
        FROM (${facts})
        GROUP BY conv, fact.2, fact.3, if(substring(fact.3, 1, 2) = 'd:', '', fact.1), if(substring(fact.3, 1, 2) = 'p:', fact.5, toUInt64(0))
      )
      UNION ALL
      SELECT agent, day, materialize('') AS rule, ${ZERO_COUNTERS}, conversations, materialize(toInt64(0)) AS rounds, materialize(toInt64(0)) AS unansweredRounds, materialize(toInt64(0)) AS responseMsTotal,
        materialize(toInt64(0)) AS firstResponses, materialize(toInt64(0)) AS firstResponseMsTotal, repliedLast AS repliedLastConversations, materialize(toInt64(0)) AS ruleUnits, materialize(toInt64(0)) AS ruleMet
      FROM (${touchSql(events)})
    ) GROUP BY agent, day, rule ORDER BY day DESC, agent, rule FORMAT JSONEachRow`;
  return { sql, params: where.params };
}

type Row = Record<string, string | number>;

/** The query's rows as `AgentDayKpi` rows, in computeKpis's order (newest day first, then agent). */
export function kpiRowsFromSql(result: readonly Row[]): AgentDayKpi[] {
  const rows = new Map<string, AgentDayKpi>();
  const cell = (agent: string, day: string) => {
    const key = `${agent}\u0000${day}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { ...EMPTY, agent, day, platform: {} }));
    return row;
  };
  for (const r of result) {
    const row = cell(String(r.agent), String(r.day));
    if (r.rule) row.platform[String(r.rule)] = { rounds: Number(r.ruleUnits), withinRule: Number(r.ruleMet) };
    else for (const key of NUMERIC) row[key] = Number(r[key] ?? 0);
  }
  return [...rows.values()].sort((a, b) => b.day.localeCompare(a.day) || a.agent.localeCompare(b.agent));
}

const NUMERIC = [
  'conversations',
  'buyerMessages',
  'messagesSent',
  'rounds',
  'unansweredRounds',
  'responseMsTotal',
  'firstResponses',
  'firstResponseMsTotal',
  'repliedLastConversations',
  'activeHours',
  'remarksSaved',
  'remarksValid',
  'remarksBlocked',
  'findings',
  'lintBlocked',
  'overrides',
  'unguardedSent',
  'unguardedViolations',
  'templatesInserted',
] as const satisfies readonly (keyof AgentDayKpi)[];
const EMPTY = Object.fromEntries(NUMERIC.map((k) => [k, 0])) as Record<(typeof NUMERIC)[number], number>;
