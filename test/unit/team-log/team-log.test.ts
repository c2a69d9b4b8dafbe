import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendActions } from '@/utils/db/append-actions';
import { AppDB } from '@/utils/db/app-db';
import { computeKpis } from '@/utils/kpi/compute-kpis';
import { verifyChain } from '@/utils/log/hash-chain';
import { matchesFilter, type LogFilter } from '@/utils/model/log-filter';
import { makeDraft, type Action, type ActionDraft, type Agent } from '@/utils/model';
import { teamChunks, teamCount, teamPage, type TeamSource } from '@/utils/team-log/client';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { syncOnce } from '@/utils/team-sync/sync-once';
import { startClickHouse, USERS } from '../../support/clickhouse.mjs';

let server: Awaited<ReturnType<typeof startClickHouse>>;
let local: Action[] = [];
let source: TeamSource;

const T0 = Date.UTC(2026, 10, 30, 2); // 10:00 China time
const buyer = (_site: string, nick: string) => ({ idKind: 'nick' as const, displayName: nick });

/** A shift of one agent: buyers on two sites asking and answered (one late), remarks, a blocked reply with hostile text. */
function shift(staff: string, offset: number): ActionDraft[] {
  const at = (min: number) => T0 + offset + min * 60_000;
  const draft = (d: ActionDraft, min: number): ActionDraft => ({ ...d, at: at(min) });
  return [
    draft(makeDraft('message.received', { messageKey: `${staff}-1` }, { site: 'douyin', buyer: buyer('douyin', `小鹿${staff}`) }), 0),
    draft(makeDraft('message.sent', { length: 12, findings: 0, ruleIds: [], via: 'enter' }, { site: 'douyin', buyer: buyer('douyin', `小鹿${staff}`) }), 2),
    draft(makeDraft('message.received', { messageKey: `${staff}-2` }, { site: 'pinduoduo', buyer: buyer('pinduoduo', "t'x\\y 微信") }), 5),
    draft(makeDraft('message.sent', { length: 30, findings: 1, ruleIds: ['diversion.wechat'], via: 'button' }, { site: 'pinduoduo', buyer: buyer('pinduoduo', "t'x\\y 微信") }), 75),
    draft(makeDraft('remark.saved', { orderNo: '6925095897028853458', valid: true, linesAdded: 1, via: 'button' }, { site: 'douyin', orderNo: '6925095897028853458' }), 80),
    draft(makeDraft('lint.blocked', { ruleIds: ['ad.absolute'], via: 'enter' }, { site: 'douyin' }), 81),
  ];
}

async function agentDevice(agent: Agent, offset: number, who: { user: string; password: string }) {
  const db = new AppDB(`team-${crypto.randomUUID()}`);
  await appendActions(db, shift(agent.staffId, offset), agent);
  await syncOnce({ db, connection: { url: server.url, ...who, database: 'kefu' }, state: { sentSeq: -1, waiting: 0, failures: 0 }, saveState: async () => {}, hasPermission: async () => true });
  // The rows as exported: without the copies the local database keeps only for its indexes.
  return (await db.actions.toArray()).map(({ buyerKey: _b, agentStaffId: _a, buyerNickKey: _n, ...row }: Action & Record<string, unknown>) => row as Action);
}

beforeAll(async () => {
  server = await startClickHouse();
  await server.query('CREATE DATABASE IF NOT EXISTS kefu');
  for (const ddl of teamTablesDdl('kefu', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
  local = [
    ...(await agentDevice({ name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' }, 0, USERS.agentA)),
    ...(await agentDevice({ name: '李娜', staffId: '2048', role: 'agent', shop: '鲜果小铺' }, 30 * 60_000, USERS.agentB)),
  ];
  source = { connection: { url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'kefu' }, version: [18, 16, 1] };
}, 60_000);
afterAll(() => server?.stop());

const FILTERS: LogFilter[] = [
  {},
  { staffId: '2048' },
  { site: 'pinduoduo' },
  { kinds: ['message.sent', 'lint.blocked'] },
  { from: T0 + 60 * 60_000, to: T0 + 200 * 60_000 },
  { buyer: "t'x\\y" },
  { buyer: '小鹿1024' },
  { orderNo: '6925095897028853458' },
  { text: 'diversion.WECHAT' },
  { staffId: "x' OR 1=1 --" },
  { text: "'); DROP TABLE kefu.actions; --" },
];

describe('the lead’s dashboard reading the team log on a real ClickHouse (Debian 18.16)', () => {
  it.each(FILTERS)('counts what the local filter keeps: %j', async (filter) => {
    const counted = await teamCount(source, filter);
    expect(counted).toEqual({ ok: true, value: local.filter((a) => matchesFilter(a, filter)).length });
  });

  it('pages newest first, each row exactly as the agent’s browser stored it', async () => {
    const page = await teamPage(source, {}, { limit: 5, offset: 0 });
    if (!page.ok) throw new Error(page.detail);
    const newest = [...local].sort((a, b) => b.at - a.at).slice(0, 5);
    expect(page.value.rows.map((r) => r.at)).toEqual(newest.map((r) => r.at));
    expect(page.value.rows[0]).toEqual(local.find((a) => a.id === page.value.rows[0]!.id));
    const rest = await teamPage(source, {}, { limit: 50, offset: 5 });
    expect(rest.ok && rest.value.rows.length).toBe(local.length - 5);
  });

  it('reads the whole log a chunk at a time: every row once, each device’s chain intact, KPIs equal to the local computation', async () => {
    const rows: Action[] = [];
    let chunks = 0;
    for await (const chunk of teamChunks(source, {}, 4)) {
      rows.push(...chunk.rows);
      chunks++;
    }
    expect(chunks).toBe(4); // 6 rows per device, 4 per chunk: a chunk never spans two devices
    expect(new Set(rows.map((r) => r.id)).size).toBe(local.length);
    expect(rows.length).toBe(local.length);
    expect(verifyChain(rows)).toEqual([]);
    const sorted = (k: ReturnType<typeof computeKpis>) => [...k].sort((a, b) => `${a.agent}${a.day}`.localeCompare(`${b.agent}${b.day}`));
    expect(sorted(computeKpis(rows))).toEqual(sorted(computeKpis(local)));
    expect(computeKpis(rows).find((k) => k.agent === '1024')).toMatchObject({
      messagesSent: 2,
      rounds: 2,
      responseMsTotal: 72 * 60_000,
      remarksValid: 1,
      lintBlocked: 1,
      platform: { douyin3min: { rounds: 1, withinRule: 1 }, pddEffective: { rounds: 1, withinRule: 0 } },
    });
  });

  it('says why in words when the lead’s account cannot read', async () => {
    expect(await teamCount({ ...source, connection: { ...source.connection, password: 'nope' } }, {})).toMatchObject({ ok: false, error: 'wrong-password' });
    expect(await teamCount({ ...source, connection: { ...source.connection, database: 'nothere' } }, {})).toMatchObject({ ok: false, error: 'table-missing' });
  });
});

describe('the chain check fed a chunk at a time', () => {
  it('finds what verifyChain finds on the whole log: an edited row, a gap, a duplicate', async () => {
    const { createChainCheck } = await import('@/utils/log/hash-chain');
    const whole = [...local].sort((a, b) => a.deviceId.localeCompare(b.deviceId) || a.seq - b.seq);
    const tampered = whole.map((r, i) => (i === 2 ? { ...r, payload: { messageKey: 'changed' } } : r)).filter((_, i) => i !== 8);
    tampered.splice(4, 0, tampered[3]!);
    const check = createChainCheck();
    for (let i = 0; i < tampered.length; i += 3) check.add(tampered.slice(i, i + 3));
    const { issues, rows, devices } = check.result();
    expect({ rows, devices }).toEqual({ rows: tampered.length, devices: 2 });
    expect(issues).toEqual(verifyChain(tampered));
    expect(issues.map((i) => i.problem).sort()).toEqual(['duplicate', 'edited', 'gap']);
  });
});

describe('the agents the team log names', () => {
  it('lists each 工号 once, for the lead’s filter', async () => {
    const { teamStaffIds } = await import('@/utils/team-log/client');
    expect(await teamStaffIds(source)).toEqual({ ok: true, value: ['1024', '2048'] });
  });
});

describe('reading a filtered team log a chunk at a time', () => {
  it.each([{ kinds: ['message.sent'] }, { staffId: '2048' }, { buyer: "t'x\\y" }] as LogFilter[])('returns exactly the rows the filter keeps, across windows with gaps: %j', async (filter) => {
    const rows: Action[] = [];
    for await (const chunk of teamChunks(source, filter, 2)) rows.push(...chunk.rows);
    expect(rows.map((r) => r.id).sort()).toEqual(
      local
        .filter((a) => matchesFilter(a, filter))
        .map((a) => a.id)
        .sort(),
    );
  });
});
