import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { teamTablesDdl, TEAM_TABLES } from '@/utils/team-sync/setup-sql';
import { startClickHouse, type RunningClickHouse } from '../../support/clickhouse.mjs';

// Real servers on a shared 2-core machine: a query can take seconds when other sessions are busy.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const DIR = new URL('../../../deploy/grafana/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, DIR), 'utf8');

// The structure Grafana's file provisioning reads (the parts this product fills in).
const datasourceFile = z.object({
  apiVersion: z.literal(1),
  datasources: z
    .array(
      z
        .object({
          name: z.string().min(1),
          type: z.literal('grafana-clickhouse-datasource'),
          uid: z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/),
          jsonData: z
            .object({ host: z.string().min(1), port: z.number().int().positive(), protocol: z.enum(['http', 'native']), username: z.string().min(1), defaultDatabase: z.string().min(1) })
            .passthrough(),
          secureJsonData: z.object({ password: z.string().regex(/^\$[A-Z_]+$/, 'from the environment, not written in the file') }),
        })
        .passthrough(),
    )
    .length(1),
});
const providerFile = z.object({
  apiVersion: z.literal(1),
  providers: z.array(z.object({ name: z.string(), type: z.literal('file'), options: z.object({ path: z.string().startsWith('/') }) }).passthrough()).min(1),
});
const target = z.object({ refId: z.string(), datasource: z.object({ type: z.string(), uid: z.string() }), editorType: z.literal('sql'), format: z.number().int(), rawSql: z.string().min(20) });
const dashboardFile = z
  .object({
    uid: z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/),
    title: z.string().min(1),
    schemaVersion: z.number().int().min(30),
    refresh: z.string().regex(/^\d+s$/),
    panels: z
      .array(
        z
          .object({
            id: z.number().int().positive(),
            type: z.enum(['stat', 'table', 'timeseries']),
            title: z.string().min(1),
            gridPos: z.object({ h: z.number().int().positive(), w: z.number().int().positive(), x: z.number().int().min(0), y: z.number().int().min(0) }),
            targets: z.array(target).min(1),
          })
          .passthrough(),
      )
      .min(1),
  })
  .passthrough();

const datasource = datasourceFile.parse(parse(read('provisioning/datasources/kefu-clickhouse.yaml'))).datasources[0]!;
const dashboard = dashboardFile.parse(JSON.parse(read('dashboards/kefu-live.json')));
const sqls = dashboard.panels.flatMap((p) => p.targets.map((t) => ({ panel: p.title, sql: t.rawSql })));

describe('the Grafana example in deploy/grafana', () => {
  it('provisions one ClickHouse datasource (password from the environment) and a file provider', () => {
    expect(datasource.jsonData.defaultDatabase).toBe('kefu');
    expect(providerFile.parse(parse(read('provisioning/dashboards/kefu.yaml'))).providers[0]!.options.path).toBe('/var/lib/grafana/dashboards/kefu');
  });

  it('is a dashboard whose panels have unique ids, fit the 24-column grid without overlapping, and all query that datasource', () => {
    const ids = dashboard.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cells = new Set<string>();
    for (const { gridPos: g, targets } of dashboard.panels) {
      expect(g.x + g.w).toBeLessThanOrEqual(24);
      for (let x = g.x; x < g.x + g.w; x++)
        for (let y = g.y; y < g.y + g.h; y++) {
          expect(cells.has(`${x},${y}`)).toBe(false);
          cells.add(`${x},${y}`);
        }
      for (const t of targets) expect(t.datasource).toEqual({ type: datasource.type, uid: datasource.uid });
    }
    expect(Number(dashboard.refresh.slice(0, -1))).toBeLessThanOrEqual(10);
  });

  it('reads only the team tables', () => {
    for (const { sql } of sqls) {
      const tables = [...sql.matchAll(/\bFROM\s+([a-z_]+)\.([a-z_]+)/gi)].map((m) => `${m[1]}.${m[2]}`);
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) expect(TEAM_TABLES.map((t) => `kefu.${t}`)).toContain(table);
    }
  });
});

describe('the dashboard’s SQL on a real ClickHouse (Debian 18.16)', () => {
  let server: RunningClickHouse;
  beforeAll(async () => {
    server = await startClickHouse();
    await server.query('CREATE DATABASE kefu');
    for (const ddl of teamTablesDdl('kefu', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
    const now = Date.now();
    await server.query(
      'INSERT INTO kefu.presence FORMAT JSONEachRow',
      [
        {
          at: now - 5000,
          device_id: 'd1',
          tab: 't1',
          staff_id: '1024',
          agent_name: '王小明',
          site: 'pinduoduo',
          shop: '鲜果小铺',
          status: 'online',
          waiting: 1,
          oldest_wait_ms: 150_000,
          over_limit: 0,
          limit_ms: 180_000,
        },
        {
          at: now - 20_000,
          device_id: 'd1',
          tab: 't1',
          staff_id: '1024',
          agent_name: '王小明',
          site: 'pinduoduo',
          shop: '鲜果小铺',
          status: 'online',
          waiting: 0,
          oldest_wait_ms: 0,
          over_limit: 0,
          limit_ms: 180_000,
        },
        {
          at: now - 3000,
          device_id: 'd2',
          tab: 't9',
          staff_id: '2048',
          agent_name: '李娜',
          site: 'jd',
          shop: '鲜果小铺',
          status: 'online',
          waiting: 1,
          oldest_wait_ms: 40_000,
          over_limit: 1,
          limit_ms: 30_000,
        },
        { at: now - 600_000, device_id: 'd3', tab: 'old', staff_id: '4096', agent_name: '', site: 'jd', shop: '', status: 'online', waiting: 1, oldest_wait_ms: 1, over_limit: 1, limit_ms: 30_000 },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
  }, 60_000);
  afterAll(() => server?.stop(), 60_000);

  // Grafana's macro, as the plugin would expand it for the last six hours.
  const expand = (sql: string) => sql.replace(/\$__timeFilter\(([^()]*(?:\([^()]*(?:\([^()]*\))?[^()]*\))?[^()]*)\)/g, (_m, col: string) => `${col} >= now() - 21600`);

  it.each(sqls)('runs: $panel', async ({ sql }) => {
    await expect(server.query(`${expand(sql)} FORMAT JSONEachRow`)).resolves.toBeDefined();
  });

  it('shows each tab’s newest heartbeat from the last minute, worst share of the limit first', async () => {
    const table = sqls.find((s) => s.panel.startsWith('Open chat tabs'))!;
    const rows = (await server.query(`${table.sql} FORMAT JSONEachRow`))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.staff_id, Number(r.waiting), Number(r.percent_of_limit)])).toEqual([
      ['2048', 1, 133],
      ['1024', 1, 83],
    ]);
    const over = sqls.find((s) => s.panel === 'Over the platform limit')!;
    expect(Number(JSON.parse(await server.query(`${over.sql} FORMAT JSONEachRow`)).value)).toBe(1);
  });
});
