import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDB, withIndexFields } from '@/utils/db/app-db';
import { DEFAULT_KPI_OPTIONS, type AgentDayKpi } from '@/utils/kpi/kpi-types';
import { localSource, teamSource, TeamLogError, type LogSource } from '@/utils/log-view/log-source';
import { actionSchema, type Action } from '@/utils/model';
import { matchesFilter, type LogFilter } from '@/utils/model/log-filter';
import { jsonEachRow } from '@/utils/team-sync/rows';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { startClickHouse, USERS } from '../../support/clickhouse.mjs';
import { inventLog } from '../../support/seeded-week';
import { withQaRows } from '../../support/seeded-qa';
import { DEFAULT_QA_SCORECARD } from '@/utils/model/default-qa-scorecard';
import type { QaFilter } from '@/utils/qa/board';
import type { ConversationQa } from '@/utils/qa/fold';

// One seeded week, written into a fake IndexedDB and into a real ClickHouse (Debian's 18.16): every question the
// dashboard asks of a log source must get the same answer from both.
let server: Awaited<ReturnType<typeof startClickHouse>>;
let local: LogSource;
let team: LogSource;
let log: Action[] = [];
// The same week with the QA rows its replies leave (scores, rounds, promises, cases, a lead's overrides), in a
// database of its own so the other questions keep their log.
let qaLog: Action[] = [];
let localQa: LogSource;
let teamQa: LogSource;
const QA_NOW = Date.UTC(2026, 11, 1, 6);

beforeAll(async () => {
  log = inventLog(20261203, 200);
  const db = new AppDB(`contract-${crypto.randomUUID()}`);
  await db.actions.bulkAdd(log.map(withIndexFields));
  local = localSource(db);
  server = await startClickHouse();
  await server.query('CREATE DATABASE IF NOT EXISTS contract');
  for (const ddl of teamTablesDdl('contract', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
  await server.query('INSERT INTO contract.actions FORMAT JSONEachRow', jsonEachRow(log));
  team = teamSource({ connection: { url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'contract' }, version: [18, 16, 1] });
  qaLog = withQaRows(log, 32, QA_NOW);
  const qaDb = new AppDB(`contract-qa-${crypto.randomUUID()}`);
  await qaDb.actions.bulkAdd(qaLog.map(withIndexFields));
  localQa = localSource(qaDb);
  await server.query('CREATE DATABASE IF NOT EXISTS contract_qa');
  for (const ddl of teamTablesDdl('contract_qa', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
  // Every row twice, as a retried push leaves it: the board counts each once.
  await server.query('INSERT INTO contract_qa.actions FORMAT JSONEachRow', jsonEachRow([...qaLog, ...qaLog.slice(0, 500)]));
  teamQa = teamSource({ connection: { url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'contract_qa' }, version: [18, 16, 1] });
}, 60_000);
afterAll(() => server?.stop());

const from = Date.UTC(2026, 10, 20);
const FILTERS: LogFilter[] = [
  {},
  { staffId: '2048' },
  { site: 'tiktok-shop' },
  { kinds: ['message.sent', 'lint.blocked'] },
  { from: from + 2 * 86_400_000, to: from + 4 * 86_400_000 },
  { staffId: '4096', from: from + 86_400_000, to: from + 6 * 86_400_000 },
  { buyer: '买家1' },
  { text: 'ad.absolute' },
  { staffId: '', site: undefined, kinds: [] },
  { staffId: "x' OR 1=1 --" },
];

const chainOrder = (rows: readonly Action[]) => [...rows].sort((a, b) => a.deviceId.localeCompare(b.deviceId) || a.seq - b.seq);
const byKey = (rows: readonly AgentDayKpi[]) => [...rows].sort((a, b) => `${a.day}|${a.agent}`.localeCompare(`${b.day}|${b.agent}`));
async function all<T>(chunks: AsyncIterable<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const chunk of chunks) out.push(...chunk);
  return out;
}

describe('LogSource: the local log (fake-indexeddb) and the team log (real ClickHouse) answer alike', () => {
  it('the seeded week is big and varied enough to tell them apart', () => {
    expect(log.length).toBeGreaterThan(800);
    expect(new Set(log.map((r) => r.at)).size).toBe(log.length);
    // Valid rows only: the team source parses what it reads, the local one trusts its own database.
    expect(log.filter((row) => !actionSchema.safeParse(row).success)).toEqual([]);
  });

  it.each(FILTERS)(
    'counts, windows and rows: %j',
    async (filter) => {
      const expected = log.filter((row) => matchesFilter(row, Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '' && !(Array.isArray(v) && v.length === 0))) as LogFilter));
      const [localCount, teamCount] = await Promise.all([local.count(filter), team.count(filter)]);
      expect(localCount).toBe(expected.length);
      expect(teamCount).toBe(expected.length);
      const [localWindow, teamWindow] = await Promise.all([local.window(filter), team.window(filter)]);
      expect(localWindow).toMatchObject({ total: expected.length, complete: true });
      expect(teamWindow).toMatchObject({ total: expected.length, complete: true });
      // Newest first, position by position: the whole window, and a slice from the middle across the team's page size.
      const newest = [...expected].sort((a, b) => b.at - a.at);
      expect(await localWindow.rowsAt(0, newest.length)).toEqual(newest);
      expect(await teamWindow.rowsAt(0, newest.length)).toEqual(newest);
      const mid = Math.floor(newest.length / 3);
      expect(await teamWindow.rowsAt(mid, mid + 150)).toEqual(newest.slice(mid, mid + 150));
      expect(await localWindow.rowsAt(mid, mid + 150)).toEqual(newest.slice(mid, mid + 150));
      // Exports read the same rows (each source in its own order).
      expect(chainOrder(await all(local.chunks(filter, 97)))).toEqual(chainOrder(expected));
      expect(chainOrder(await all(team.chunks(filter, 97)))).toEqual(chainOrder(expected));
    },
    60_000,
  );

  it.each(FILTERS.slice(0, 6))(
    'KPIs: %j',
    async (filter) => {
      const [fromLocal, fromTeam] = await Promise.all([local.kpis(filter, DEFAULT_KPI_OPTIONS), team.kpis(filter, DEFAULT_KPI_OPTIONS)]);
      expect(fromLocal.length).toBeGreaterThan(0);
      expect(byKey(fromTeam)).toEqual(byKey(fromLocal));
    },
    60_000,
  );

  const card = DEFAULT_QA_SCORECARD;
  const byConversation = (list: readonly ConversationQa[]) => [...list].map((c) => ({ ...c, rowIds: [...c.rowIds].sort() })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const QA_FILTERS: QaFilter[] = [{}, { site: 'tiktok-shop' }, { agent: '2048' }, { agent: '—' }, { site: "x' OR 1=1 --" }];

  it('the QA rows are valid and cover every rule the fold judges from other rows', async () => {
    expect(qaLog.filter((row) => !actionSchema.safeParse(row).success)).toEqual([]);
    const all = await localQa.qa.conversations({}, card, QA_NOW, 100_000);
    expect(all.length).toBeGreaterThan(150);
    const seen = (id: 'promiseKept' | 'caseOpened' | 'noUnanswered', r: string) => all.filter((c) => c.auto[id] === r).length;
    for (const r of ['pass', 'fail']) for (const id of ['promiseKept', 'caseOpened', 'noUnanswered'] as const) expect(seen(id, r), `${id} ${r}`).toBeGreaterThan(2);
    expect(seen('promiseKept', 'na') + seen('noUnanswered', 'na')).toBeGreaterThan(0);
    expect(all.filter((c) => Object.keys(c.overrides).length).length).toBeGreaterThan(10);
  });

  it.each(QA_FILTERS)(
    'QA board: agent-days, calibration, worst conversations, promise and case categories, overrides: %j',
    async (filter) => {
      const [fromLocal, fromTeam] = await Promise.all([localQa.qa.board(filter, card, QA_NOW, 100_000), teamQa.qa.board(filter, card, QA_NOW, 100_000)]);
      expect(fromTeam.conversations).toBe(fromLocal.conversations);
      expect(fromTeam.agentDays).toEqual(fromLocal.agentDays);
      expect(fromTeam.calibration).toEqual(fromLocal.calibration);
      expect(byConversation(fromTeam.worst)).toEqual(byConversation(fromLocal.worst));
      expect(fromTeam.worst.map((c) => c.score)).toEqual(fromLocal.worst.map((c) => c.score));
      expect(fromTeam.sites).toEqual(fromLocal.sites);
      // The board's first screen: the same worst conversations.
      const [top, teamTop] = await Promise.all([localQa.qa.board(filter, card, QA_NOW), teamQa.qa.board(filter, card, QA_NOW)]);
      expect(teamTop.worst.map((c) => c.score)).toEqual(top.worst.map((c) => c.score));
    },
    60_000,
  );

  it('QA drill-down: one conversation’s scores and overrides, from either source', async () => {
    const overridden = (await localQa.qa.conversations({}, card, QA_NOW, 100_000)).filter((c) => Object.keys(c.overrides).length).slice(0, 3);
    for (const c of overridden) {
      const [rows, teamRows] = await Promise.all([localQa.qa.rows(c.key), teamQa.qa.rows(c.key)]);
      expect(rows.some((r) => r.kind === 'qa.overridden')).toBe(true);
      expect(teamRows).toEqual(rows);
    }
    // A later pending promise comes due: the same answer from both at the later time.
    const later = QA_NOW + 30 * 86_400_000;
    const [a, b] = await Promise.all([localQa.qa.board({}, card, later, 100_000), teamQa.qa.board({}, card, later, 100_000)]);
    expect(b.agentDays).toEqual(a.agentDays);
  }, 60_000);

  it('the agents named in the log', async () => {
    const expected = [...new Set(log.flatMap((r) => (r.agent?.staffId ? [r.agent.staffId] : [])))].sort();
    expect((await local.staffIds()).sort()).toEqual(expected);
    expect((await team.staffIds()).sort()).toEqual(expected);
  });

  it('local progress while the search walks back; the team source says what failed in the server’s words', async () => {
    const partial: number[] = [];
    await local.window({}, { onPartial: (w) => partial.push(w.total) });
    expect(partial.every((n, i) => n <= log.length && (i === 0 || n >= partial[i - 1]!))).toBe(true);
    const wrong = teamSource({ connection: { url: server.url, user: USERS.lead.user, password: 'not-it', database: 'contract' }, version: [18, 16, 1] });
    const error = await wrong.count({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamLogError);
    expect((error as TeamLogError).code).toBe('wrong-password');
  });
});
