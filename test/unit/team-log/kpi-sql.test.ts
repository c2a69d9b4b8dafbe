import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis } from '@/utils/kpi/compute-kpis';
import { DEFAULT_KPI_OPTIONS, type AgentDayKpi } from '@/utils/kpi/kpi-types';
import type { Action } from '@/utils/model';
import { PROFILES } from '@/utils/sites';
import { teamKpis, type TeamSource } from '@/utils/team-log/client';
import { jsonEachRow } from '@/utils/team-sync/rows';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { startClickHouse, USERS } from '../../support/clickhouse.mjs';
import { inventLog } from '../../support/seeded-week';

let server: Awaited<ReturnType<typeof startClickHouse>>;
let source: TeamSource;
let log: Action[] = [];

beforeAll(async () => {
  server = await startClickHouse();
  await server.query('CREATE DATABASE IF NOT EXISTS kpi');
  for (const ddl of teamTablesDdl('kpi', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
  log = inventLog(20261201, 400);
  await server.query('INSERT INTO kpi.actions FORMAT JSONEachRow', jsonEachRow(log));
  source = { connection: { url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'kpi' }, version: [18, 16, 1] };
}, 60_000);
afterAll(() => server?.stop());

const byKey = (rows: readonly AgentDayKpi[]) => [...rows].sort((a, b) => `${a.day}|${a.agent}`.localeCompare(`${b.day}|${b.agent}`));

describe('KPIs computed by ClickHouse (18.16) equal computeKpis on the same rows', () => {
  it('over a week of invented work on every site and market: every agent-day, every figure, every platform rule', async () => {
    const result = await teamKpis(source, {}, PROFILES, DEFAULT_KPI_OPTIONS);
    if (!result.ok) throw new Error(`${result.error}: ${result.detail}`);
    const expected = computeKpis(log);
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.some((k) => Object.keys(k.platform).length > 2)).toBe(true);
    // Every rule of every profile met and missed somewhere, so each rule's SQL is really compared (Lazada's clock deadline too).
    for (const id of ['lazadaChatSameDay', 'wishTicket48h', 'aliexpressIm24h', 'tiktokUs24h', 'jd30s']) {
      const units = expected.reduce((n, k) => n + (k.platform[id]?.rounds ?? 0), 0);
      const met = expected.reduce((n, k) => n + (k.platform[id]?.withinRule ?? 0), 0);
      expect(units, id).toBeGreaterThan(met);
      expect(met, id).toBeGreaterThan(0);
    }
    expect(byKey(result.value)).toEqual(byKey(expected));
  }, 60_000);

  it('with the lead’s filters applied on the server', async () => {
    const filter = { staffId: '2048', site: 'tiktok-shop' } as const;
    const result = await teamKpis(source, filter, PROFILES, DEFAULT_KPI_OPTIONS);
    if (!result.ok) throw new Error(result.detail);
    const { matchesFilter } = await import('@/utils/model/log-filter');
    expect(byKey(result.value)).toEqual(byKey(computeKpis(log.filter((a) => matchesFilter(a, filter)))));
  });
});
