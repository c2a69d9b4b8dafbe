import { afterAll, beforeAll, expect, it } from 'vitest';
import { createKpiAccumulator } from '@/utils/kpi/compute-kpis';
import { DEFAULT_KPI_OPTIONS, type AgentDayKpi, type KpiAction } from '@/utils/kpi/kpi-types';
import { PROFILES } from '@/utils/sites';
import { teamChunkLines, teamKpis } from '@/utils/team-log/client';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { startClickHouse, USERS, type RunningClickHouse } from '../support/clickhouse.mjs';

const ROWS = Number(process.env.BENCH_TEAM_KPI_ROWS ?? 10_000_000);
/** A service centre's log: a conversation per ten actions (a buyer's day of messages), their turns spread over days, on five sites. */
/** The second baseline downloads every row; set BENCH_TEAM_KPI_STREAMED=0 to leave it out. */
const STREAMED = process.env.BENCH_TEAM_KPI_STREAMED !== '0';
const CONVERSATIONS = Math.max(1, Math.round(ROWS / 10));
const BASE = Date.UTC(2026, 10, 2);
const SITES = [
  ['douyin', 'https://im.jinritemai.com/pc_seller_v2/main/workspace'],
  ['pinduoduo', 'https://mms.pinduoduo.com/chat-merchant/index.html'],
  ['jd', 'https://dongdong.jd.com/'],
  ['kuaishou', 'https://im.kwaixiaodian.com/workbench'],
  ['shopee', 'https://seller.shopee.co.id/new-webchat/conversations'],
] as const;
const STAFF = ['1024', '2048', '4096', '8192'];

/**
 * Row n of the log, by formula, so ClickHouse makes the same rows itself (INSERT … SELECT FROM numbers) that Node
 * feeds to computeKpis: conversation n mod CONVERSATIONS, its turn n div CONVERSATIONS, a buyer message three turns in five.
 */
function row(n: number): KpiAction & { staff: string; url: string; findings: number } {
  const c = n % CONVERSATIONS;
  const turn = Math.floor(n / CONVERSATIONS);
  const [site, url] = SITES[c % SITES.length]!;
  const staff = STAFF[c % STAFF.length]!;
  const fromBuyer = (turn * 31 + c * 17) % 5 < 3;
  const at = BASE + turn * 437_000 + (c % 997) * 311 + (c % 7);
  const findings = n % 3;
  return {
    kind: fromBuyer ? 'message.received' : 'message.sent',
    at,
    payload: fromBuyer ? {} : { findings },
    site,
    pageUrl: url,
    buyer: { site, shop: '店', nick: `b${c}` },
    agent: { staffId: staff },
    staff,
    url,
    findings,
  };
}

const SQL_ROW = `
  SELECT 'bench' AS device_id, number AS seq, toString(number) AS id, at, kind, site, '店' AS shop, concat(site, '|店|nick:b', toString(c)) AS buyer_key,
    staff AS staff_id, '' AS order_no, '' AS hash, '' AS prev_hash,
    concat('{"kind":"', kind, '","at":', toString(at), ',"payload":', if(fromBuyer, '{}', concat('{"findings":', toString(number % 3), '}')), ',"site":"', site, '","pageUrl":"', url,
      '","buyer":{"site":"', site, '","shop":"店","nick":"b', toString(c), '"},"agent":{"staffId":"', staff, '"}}') AS row
  FROM (
    SELECT number, number % ${CONVERSATIONS} AS c, intDiv(number, ${CONVERSATIONS}) AS turn,
      [${SITES.map(([s]) => `'${s}'`).join(', ')}][c % ${SITES.length} + 1] AS site,
      [${SITES.map(([, u]) => `'${u}'`).join(', ')}][c % ${SITES.length} + 1] AS url,
      [${STAFF.map((s) => `'${s}'`).join(', ')}][c % ${STAFF.length} + 1] AS staff,
      (turn * 31 + c * 17) % 5 < 3 AS fromBuyer,
      if(fromBuyer, 'message.received', 'message.sent') AS kind,
      ${BASE} + turn * 437000 + (c % 997) * 311 + (c % 7) AS at
    FROM numbers(${ROWS})
  )`;

let server: RunningClickHouse;
beforeAll(async () => {
  server = await startClickHouse();
  await server.query('CREATE DATABASE IF NOT EXISTS kpi');
  for (const ddl of teamTablesDdl('kpi', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
  const t0 = performance.now();
  await server.query(`INSERT INTO kpi.actions ${SQL_ROW}`);
  console.log(`\n  ${ROWS.toLocaleString()} rows made by the server in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}, 1_800_000);
afterAll(() => server?.stop());

const byKey = (rows: readonly AgentDayKpi[]) => [...rows].sort((a, b) => `${a.day}|${a.agent}`.localeCompare(`${b.day}|${b.agent}`));

it(`team KPIs over ${ROWS.toLocaleString()} actions: ClickHouse (SQL) beside computeKpis in Node`, async () => {
  const source = { connection: { url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'kpi' }, version: [18, 16, 1] };
  const version = (await server.query('SELECT version()')).trim();
  const t0 = performance.now();
  const sql = await teamKpis(source, {}, PROFILES, DEFAULT_KPI_OPTIONS);
  const sqlMs = performance.now() - t0;
  if (!sql.ok) throw new Error(`${sql.error}: ${sql.detail}`);

  // Node: the same rows, made one at a time and folded (never all held at once), as the dashboard folds local rows.
  (globalThis as { gc?: () => void }).gc?.();
  const t1 = performance.now();
  const kpis = createKpiAccumulator(DEFAULT_KPI_OPTIONS);
  for (let n = 0; n < ROWS; n++) kpis.add(row(n));
  const node = kpis.result();
  const nodeMs = performance.now() - t1;

  // The dashboard without the SQL: download every row from the server in chunks and fold them in the browser.
  const t2 = performance.now();
  const folded = createKpiAccumulator(DEFAULT_KPI_OPTIONS);
  let downloaded = 0;
  if (STREAMED) {
    for await (const chunk of teamChunkLines(source, {}, 20_000)) {
      for (const line of chunk) folded.add(JSON.parse(line.json) as KpiAction);
      downloaded += chunk.length;
    }
  }
  if (STREAMED) expect(byKey(folded.result())).toEqual(byKey(node));
  const streamedMs = performance.now() - t2;
  if (STREAMED) expect(downloaded).toBe(ROWS);

  console.log(`\nteam KPIs over ${ROWS.toLocaleString()} actions (${CONVERSATIONS.toLocaleString()} conversations, ${node.length} agent-days)`);
  console.log(`  ours (ClickHouse ${version}, one SQL query, 2 cores): ${(sqlMs / 1000).toFixed(2)} s`);
  console.log(`  baseline (computeKpis in Node over the same rows):        ${(nodeMs / 1000).toFixed(2)} s`);
  if (STREAMED) console.log(`  baseline 2 (download the rows in 20,000-row chunks, fold them): ${(streamedMs / 1000).toFixed(2)} s`);
  console.log(`  ratio baseline/ours: ${(nodeMs / sqlMs).toFixed(2)}× (rows already in Node)${STREAMED ? `, ${(streamedMs / sqlMs).toFixed(2)}× (rows on the server)` : ''}\n`);
  expect(byKey(sql.value)).toEqual(byKey(node));
}, 3_600_000);
