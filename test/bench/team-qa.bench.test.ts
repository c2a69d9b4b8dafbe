import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Action } from '@/utils/model';
import { DEFAULT_QA_SCORECARD } from '@/utils/model/default-qa-scorecard';
import { foldConversations } from '@/utils/qa/fold';
import { boardOf } from '@/utils/qa/qa-source';
import { teamQaSource } from '@/utils/qa/team-qa-source';
import type { TeamResult } from '@/utils/team-log/client';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { chinaDate } from '@/utils/time/china-time';
import { startClickHouse, USERS, type RunningClickHouse } from '../support/clickhouse.mjs';

const ROWS = Number(process.env.BENCH_TEAM_QA_ROWS ?? 1_000_000);
/** The fold needs every row in memory: above this it is left out (the SQL alone at the team load test's size). */
const FOLD = process.env.BENCH_TEAM_QA_FOLD !== '0' && ROWS <= 3_000_000;
/** Eight rows a conversation: two buyer messages, replies, a scored reply and round, then a promise, a case or an override. */
const TURNS = 8;
const CONVERSATIONS = Math.max(1, Math.floor(ROWS / TURNS));
const BASE = Date.UTC(2026, 10, 2) - 8 * 3_600_000; // 00:00 China time
const SITES = ['douyin', 'pinduoduo', 'jd', 'kuaishou', 'shopee'];
const STAFF = ['1024', '2048', '4096', '8192'];
const NOW = BASE + 30 * 86_400_000;

/** Row n by formula (conversation n mod C, turn n div C), so ClickHouse makes the same rows itself that Node folds. */
function row(n: number): Action {
  const c = n % CONVERSATIONS;
  const turn = Math.floor(n / CONVERSATIONS);
  const site = SITES[c % SITES.length]!;
  const at0 = BASE + (c % 7) * 86_400_000 + (c % 600) * 60_000;
  const at = at0 + turn * 60_000;
  const key = `${site}|nick:b${c}|${chinaDate(at0)}`;
  const base = {
    id: String(n),
    deviceId: 'bench-qa',
    seq: n,
    at,
    site,
    buyer: { site, shop: '店', nick: `b${c}` },
    agent: { name: 'x', staffId: STAFF[c % STAFF.length]!, role: 'agent' as const, shop: '店' },
    prevHash: '',
    hash: '',
  };
  const is = (kind: string, payload: unknown) => ({ ...base, kind, payload }) as Action;
  const reply = {
    greeting: c % 3 === 0 ? 'fail' : 'pass',
    onTime: c % 5 === 0 ? 'fail' : 'pass',
    apology: c % 7 === 0 ? 'fail' : 'na',
    personal: c % 2 ? 'pass' : 'fail',
    guardClean: c % 11 === 0 ? 'fail' : 'pass',
    closing: c % 4 ? 'pass' : 'fail',
  };
  switch (turn) {
    case 0:
    case 3:
      return is('message.received', {});
    case 1:
      return is('message.sent', {});
    case 2:
      return is('qa.scored', { conversation: key, scope: 'reply', results: reply, ...(c % 13 === 0 ? { risk: 'review' } : {}) });
    case 4:
      return c % 6 ? is('message.sent', {}) : is('message.received', {});
    case 5:
      return is('qa.scored', { conversation: key, scope: 'round', results: { noUnanswered: c % 9 === 0 ? 'fail' : 'pass' } });
    case 6:
      return c % 4 === 0
        ? is('promise.created', { promiseId: `p${c}`, dueAt: at + 30 * 60_000 })
        : c % 13 === 0
          ? is('case.opened', {})
          : is('qa.scored', { conversation: key, scope: 'reply', results: { personal: 'pass' } });
    default:
      return c % 8 === 0
        ? is('promise.done', { promiseId: `p${c}` })
        : c % 17 === 0
          ? is('qa.overridden', { conversation: key, category: 'greeting', result: 'pass', reason: '复核' })
          : is('message.received', {});
  }
}

const list = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;
const reply = `concat('{"greeting":"', if(c % 3 = 0, 'fail', 'pass'), '","onTime":"', if(c % 5 = 0, 'fail', 'pass'), '","apology":"', if(c % 7 = 0, 'fail', 'na'),
  '","personal":"', if(c % 2 = 1, 'pass', 'fail'), '","guardClean":"', if(c % 11 = 0, 'fail', 'pass'), '","closing":"', if(c % 4 = 0, 'fail', 'pass'), '"}')`;
const SQL_ROWS = `
  SELECT 'bench-qa' AS device_id, number AS seq, toString(number) AS id, at, kind, site, '店' AS shop, '' AS buyer_key, staff AS staff_id, '' AS order_no, '' AS hash, '' AS prev_hash,
    concat('{"id":"', toString(number), '","kind":"', kind, '","payload":', payload, ',"agent":{"staffId":"', staff, '"},"site":"', site, '","buyer":{"site":"', site, '","shop":"店","nick":"b', toString(c), '"}}') AS row
  FROM (
    SELECT *, multiIf(
        turn IN (0, 3), 'message.received', turn = 1, 'message.sent', turn IN (2, 5), 'qa.scored', turn = 4, if(c % 6 != 0, 'message.sent', 'message.received'),
        turn = 6, if(c % 4 = 0, 'promise.created', if(c % 13 = 0, 'case.opened', 'qa.scored')),
        if(c % 8 = 0, 'promise.done', if(c % 17 = 0, 'qa.overridden', 'message.received'))) AS kind,
      multiIf(
        turn = 2, concat('{"conversation":"', conv, '","scope":"reply","results":', ${reply}, if(c % 13 = 0, ',"risk":"review"', ''), '}'),
        turn = 5, concat('{"conversation":"', conv, '","scope":"round","results":{"noUnanswered":"', if(c % 9 = 0, 'fail', 'pass'), '"}}'),
        turn = 6 AND c % 4 = 0, concat('{"promiseId":"p', toString(c), '","dueAt":', toString(at + 1800000), '}'),
        turn = 6 AND c % 13 != 0, concat('{"conversation":"', conv, '","scope":"reply","results":{"personal":"pass"}}'),
        turn = 7 AND c % 8 = 0, concat('{"promiseId":"p', toString(c), '"}'),
        turn = 7 AND c % 17 = 0, concat('{"conversation":"', conv, '","category":"greeting","result":"pass","reason":"复核"}'),
        '{}') AS payload
    FROM (
      SELECT number, number % ${CONVERSATIONS} AS c, intDiv(number, ${CONVERSATIONS}) AS turn,
        ${list(SITES)}[c % ${SITES.length} + 1] AS site, ${list(STAFF)}[c % ${STAFF.length} + 1] AS staff,
        ${BASE} + (c % 7) * 86400000 + (c % 600) * 60000 AS at0, at0 + turn * 60000 AS at,
        concat(site, '|nick:b', toString(c), '|', toString(toDate(toDateTime(intDiv(at0, 1000)), 'Asia/Shanghai'))) AS conv
      FROM numbers(${CONVERSATIONS * TURNS})
    )
  )`;

let server: RunningClickHouse;
beforeAll(async () => {
  server = await startClickHouse();
  await server.query('CREATE DATABASE IF NOT EXISTS qa');
  for (const ddl of teamTablesDdl('qa', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
  const t0 = performance.now();
  await server.query('', `INSERT INTO qa.actions ${SQL_ROWS}`);
  console.log(`\n  ${(CONVERSATIONS * TURNS).toLocaleString()} rows made by the server in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}, 1_800_000);
afterAll(() => server?.stop());

const fail = <T>(r: TeamResult<T>): T => {
  if (!r.ok) throw new Error(`${r.error}: ${r.detail}`);
  return r.value;
};

it(`the QA board over ${(CONVERSATIONS * TURNS).toLocaleString()} actions: ClickHouse (SQL) beside the device's fold in Node`, async () => {
  const card = DEFAULT_QA_SCORECARD;
  const team = teamQaSource({ connection: { url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'qa' }, version: [18, 16, 1] }, fail);
  const version = (await server.query('SELECT version()')).trim();
  const t0 = performance.now();
  const sql = await team.board({}, card, NOW);
  const sqlMs = performance.now() - t0;
  const t1 = performance.now();
  const filtered = await team.board({ site: 'jd' }, card, NOW);
  const siteMs = performance.now() - t1;
  expect(sql.conversations).toBe(CONVERSATIONS);
  expect(filtered.conversations).toBe(Math.floor((CONVERSATIONS - 3) / SITES.length) + 1); // c mod 5 = 2: jd

  let foldMs = 0;
  if (FOLD) {
    const rows: Action[] = [];
    for (let n = 0; n < CONVERSATIONS * TURNS; n++) rows.push(row(n));
    (globalThis as { gc?: () => void }).gc?.();
    const t2 = performance.now();
    const local = boardOf(foldConversations(rows, card, NOW), {});
    foldMs = performance.now() - t2;
    expect(sql.agentDays).toEqual(local.agentDays);
    expect(sql.calibration).toEqual(local.calibration);
    expect(sql.worst.map((c) => c.score)).toEqual(local.worst.map((c) => c.score));
  }
  console.log(`\nQA board over ${(CONVERSATIONS * TURNS).toLocaleString()} actions (${CONVERSATIONS.toLocaleString()} conversations, ${sql.agentDays.length} agent-days)`);
  console.log(`  ours (ClickHouse ${version}: agent-day cells + worst 200, 2 queries): ${(sqlMs / 1000).toFixed(2)} s; one platform: ${(siteMs / 1000).toFixed(2)} s`);
  if (FOLD) {
    console.log(`  baseline (foldConversations + board in Node, rows already in memory): ${(foldMs / 1000).toFixed(2)} s`);
    console.log(`  ratio baseline/ours: ${(foldMs / sqlMs).toFixed(2)}×\n`);
  }
}, 3_600_000);
