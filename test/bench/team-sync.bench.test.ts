import 'fake-indexeddb/auto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendActions } from '@/utils/db/append-actions';
import { AppDB, stripIndexFields } from '@/utils/db/app-db';
import { makeDraft, type Agent } from '@/utils/model';
import type { SyncState } from '@/utils/model/sync-state';
import { clickhouseRequest } from '@/utils/team-sync/push';
import { jsonEachRow } from '@/utils/team-sync/rows';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { syncOnce } from '@/utils/team-sync/sync-once';
import { startClickHouse, USERS, type RunningClickHouse } from '../support/clickhouse.mjs';

const ROWS = Number(process.env.BENCH_SYNC_ROWS ?? 20_000);
const BASELINE_ROWS = 300;
const agent: Agent = { name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' };
let server: RunningClickHouse;

beforeAll(async () => {
  server = await startClickHouse();
  await server.query('CREATE DATABASE IF NOT EXISTS kefu');
  for (const ddl of teamTablesDdl('kefu', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
}, 30_000);
afterAll(() => server?.stop());

/**
 * Rows per second pushed to a real ClickHouse (Debian 18.16 on loopback): ours — 2,000-row JSONEachRow batches read
 * from the device's IndexedDB in sequence order — beside the naive client that inserts each row as it is logged.
 */
it(`pushes ${ROWS.toLocaleString()} logged rows to ClickHouse`, async () => {
  const db = new AppDB(`bench-${crypto.randomUUID()}`);
  for (let i = 0; i < ROWS; i += 1000) {
    await appendActions(
      db,
      Array.from({ length: Math.min(1000, ROWS - i) }, (_, j) => makeDraft('message.received', { messageKey: `k${i + j}` }, { site: 'pinduoduo', buyer: { id: `b${(i + j) % 997}`, idKind: 'uid' } })),
      agent,
    );
  }
  const connection = { url: server.url, user: USERS.agentA.user, password: USERS.agentA.password, database: 'kefu' };
  let state: SyncState = { sentSeq: -1, waiting: 0, failures: 0 };
  const t0 = performance.now();
  state = await syncOnce({ db, connection, state, saveState: async (s) => void (state = s), hasPermission: async () => true });
  const oursMs = performance.now() - t0;
  expect(state.sentSeq).toBe(ROWS - 1);

  const sample = (await db.actions.limit(BASELINE_ROWS).toArray()).map(stripIndexFields).map((a) => ({ ...a, deviceId: 'baseline-device' }));
  const t1 = performance.now();
  for (const row of sample) await clickhouseRequest(connection, 'INSERT INTO kefu.actions FORMAT JSONEachRow', jsonEachRow([row]));
  const baselineMs = performance.now() - t1;

  const ours = ROWS / (oursMs / 1000);
  const baseline = BASELINE_ROWS / (baselineMs / 1000);
  console.log(`\nteam log push to ClickHouse ${(await server.query('SELECT version()')).trim()} on loopback`);
  console.log(`  ours (2,000-row JSONEachRow batches from IndexedDB): ${ROWS.toLocaleString()} rows in ${(oursMs / 1000).toFixed(2)} s = ${Math.round(ours).toLocaleString()} rows/s`);
  console.log(`  baseline (one INSERT per row, as logged):            ${BASELINE_ROWS} rows in ${(baselineMs / 1000).toFixed(2)} s = ${Math.round(baseline).toLocaleString()} rows/s`);
  console.log(`  ratio ours/baseline: ${(ours / baseline).toFixed(1)}×\n`);
  expect(Number((await server.query("SELECT count() FROM (SELECT 1 FROM kefu.actions WHERE device_id != 'baseline-device' LIMIT 1 BY device_id, seq)")).trim())).toBe(ROWS);
}, 300_000);
