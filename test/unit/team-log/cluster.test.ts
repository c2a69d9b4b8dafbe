import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appendActions } from '@/utils/db/append-actions';
import { AppDB, stripIndexFields } from '@/utils/db/app-db';
import { computeKpis } from '@/utils/kpi/compute-kpis';
import { DEFAULT_KPI_OPTIONS } from '@/utils/kpi/kpi-types';
import { matchesFilter, type LogFilter } from '@/utils/model/log-filter';
import { generateDeviceKey, signValue } from '@/utils/log/signing';
import { makeDraft, type Action, type ActionDraft, type DeviceKey } from '@/utils/model';
import { PROFILES } from '@/utils/sites';
import { teamChunks, teamCount, teamKpis, teamPage, teamVerify, type TeamSource } from '@/utils/team-log/client';
import { readWallboard } from '@/utils/team-live/read-wallboard';
import { presenceRow } from '@/utils/team-live/presence';
import { clusterSetupSql, remoteServersXml } from '@/utils/team-sync/cluster-sql';
import { syncOnce } from '@/utils/team-sync/sync-once';
import { freePort, startClickHouse, USERS, type RunningClickHouse } from '../../support/clickhouse.mjs';

// Real servers on a shared 2-core machine: a query can take seconds when other sessions are busy.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

// Two Debian 18.16 servers on loopback, one shard each, Distributed tables on both: the extension pushes to one of
// them, and the dashboard's unchanged queries read the whole team through either.
const T0 = Date.UTC(2026, 10, 30, 2);
const STAFF = ['1024', '2048', '4096', '8192'];
let servers: RunningClickHouse[] = [];
const local: Action[] = [];
const keys: DeviceKey[] = [];

function shift(staff: string, offset: number): ActionDraft[] {
  const buyer = (n: number) => ({ idKind: 'nick' as const, displayName: `买家${staff}-${n}` });
  const site = staff === '2048' ? 'pinduoduo' : 'douyin';
  return Array.from({ length: 5 }, (_, i) => [
    { ...makeDraft('message.received', { messageKey: `${staff}-${i}` }, { site, buyer: buyer(i % 2) }), at: T0 + offset + i * 600_000 },
    {
      ...makeDraft('message.sent', { length: 10 + i, findings: i % 2, ruleIds: i % 2 ? ['diversion.wechat'] : [], via: 'enter' }, { site, buyer: buyer(i % 2) }),
      at: T0 + offset + i * 600_000 + (i + 1) * 45_000,
    },
  ]).flat();
}

const source = (server: RunningClickHouse): TeamSource => ({ connection: { url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'kefu' }, version: [18, 16, 1] });

beforeAll(async () => {
  const ports = [
    { http: await freePort(), tcp: await freePort() },
    { http: await freePort(), tcp: await freePort() },
  ];
  const cluster = remoteServersXml(
    'kefu_cluster',
    ports.map((p) => ({ host: '127.0.0.1', port: p.tcp })),
  );
  // Inserts wait for every shard's write (18.16 would otherwise forward them in the background).
  servers = await Promise.all(ports.map((p) => startClickHouse({ ports: p, extraConfig: cluster, defaultSettings: '<insert_distributed_sync>1</insert_distributed_sync>' })));
  for (const server of servers) for (const sql of clusterSetupSql('kefu', 'kefu_cluster', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(sql);
  for (const [i, staff] of STAFF.entries()) {
    const db = new AppDB(`cluster-${crypto.randomUUID()}`);
    await db.meta.put({ key: 'deviceId', value: `device-${staff}-${i}` });
    await appendActions(db, shift(staff, i * 3_600_000), { name: `客服${staff}`, staffId: staff, role: 'agent', shop: '鲜果小铺' });
    const { privateKey, publicKey } = await generateDeviceKey();
    const deviceId = `device-${staff}-${i}`;
    const sign = async (head: { seq: number; hash: string }) => {
      const checkpoint = { deviceId, seq: head.seq, hash: head.hash, signedAt: T0 };
      return { checkpoint, publicKey, signature: await signValue(privateKey, checkpoint) };
    };
    // Half the agents push to each server: the Distributed table puts every row on its device's shard.
    const to = servers[i % 2]!;
    const state = await syncOnce({
      db,
      connection: { url: to.url, ...USERS.agentA, database: 'kefu' },
      state: { sentSeq: -1, waiting: 0, failures: 0 },
      saveState: async () => {},
      hasPermission: async () => true,
      sign,
    });
    expect(state).toMatchObject({ sentSeq: 9, signedSeq: 9 });
    local.push(...(await db.actions.toArray()).map(stripIndexFields));
    keys.push({ deviceId, publicKey, staffId: staff, registeredAt: T0 });
  }
}, 90_000);
afterAll(async () => Promise.all(servers.map((s) => s.stop())), 60_000);

const FILTERS: LogFilter[] = [{}, { staffId: '2048' }, { site: 'douyin' }, { kinds: ['message.sent'] }, { text: 'diversion.WECHAT' }, { from: T0 + 3_600_000, to: T0 + 3 * 3_600_000 }];
const sortKpis = (k: ReturnType<typeof computeKpis>) => [...k].sort((a, b) => `${a.agent}${a.day}`.localeCompare(`${b.agent}${b.day}`));

describe('the team log on a two-shard cluster (two clickhouse-server 18.16 on loopback)', () => {
  it('spreads the devices over both shards, each device whole on one', async () => {
    const perShard = await Promise.all(
      servers.map(async (s) => (await s.query('SELECT device_id, count() FROM kefu.actions_local GROUP BY device_id ORDER BY device_id FORMAT TSV')).trim().split('\n').filter(Boolean)),
    );
    expect(perShard.every((rows) => rows.length > 0)).toBe(true);
    const devices = perShard.flat().map((line) => line.split('\t'));
    expect(devices.map(([d]) => d).sort()).toEqual(keys.map((k) => k.deviceId).sort());
    expect(devices.every(([, n]) => n === '10')).toBe(true);
  });

  it.each(FILTERS)('counts, pages and reads in chain order through either server exactly as the rows are: %j', async (filter) => {
    const expected = local.filter((a) => matchesFilter(a, filter));
    for (const server of servers) {
      expect(await teamCount(source(server), filter)).toEqual({ ok: true, value: expected.length });
      const page = await teamPage(source(server), filter, { limit: 7, offset: 0 });
      expect(page.ok && page.value.rows.map((r) => r.at)).toEqual(
        [...expected]
          .sort((a, b) => b.at - a.at)
          .slice(0, 7)
          .map((r) => r.at),
      );
      const rows: Action[] = [];
      for await (const chunk of teamChunks(source(server), filter, 3)) rows.push(...chunk.rows);
      expect(rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    }
  });

  it('computes the KPIs computeKpis gives, and verifies every device, through the Distributed tables', async () => {
    const verified = await teamVerify(source(servers[1]!), keys, undefined, undefined, 4);
    if (!verified.ok) throw new Error(verified.detail);
    expect(verified.value.issues).toEqual([]);
    expect(verified.value.trustedRows).toBe(local.length);
    const kpis = await teamKpis(source(servers[0]!), {}, PROFILES, DEFAULT_KPI_OPTIONS, verified.value.trusted);
    if (!kpis.ok) throw new Error(kpis.detail);
    expect(sortKpis(kpis.value)).toEqual(sortKpis(computeKpis(local, DEFAULT_KPI_OPTIONS)));
  });

  it('shows the live board from every shard', async () => {
    const now = Date.now();
    const beat = (staff: string, tab: string) =>
      JSON.stringify(
        presenceRow(
          { tab, site: 'douyin', status: 'online', waiting: 1, oldestWaitMs: 60_000, overLimit: 0, limitMs: 180_000 },
          { deviceId: keys.find((k) => k.staffId === staff)!.deviceId, staffId: staff },
          now,
        ),
      );
    await servers[0]!.query('INSERT INTO kefu.presence FORMAT JSONEachRow', STAFF.map((s) => beat(s, `tab-${s}-0001`)).join('\n'), USERS.agentA);
    const board = await readWallboard(source(servers[1]!));
    expect(board.ok && board.value.tabs.map((t) => t.staffId).sort()).toEqual([...STAFF].sort());
  });
});
