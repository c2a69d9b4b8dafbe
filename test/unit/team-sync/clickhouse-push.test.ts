import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendActions } from '@/utils/db/append-actions';
import { AppDB } from '@/utils/db/app-db';
import { makeDraft, type Agent } from '@/utils/model';
import type { SyncState } from '@/utils/model/sync-state';
import type { SyncConnection } from '@/utils/team-sync/connection';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { syncOnce, SYNC_BATCH } from '@/utils/team-sync/sync-once';
import { startClickHouse, USERS } from '../../support/clickhouse.mjs';

let server: Awaited<ReturnType<typeof startClickHouse>>;
const agent: Agent = { name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' };

beforeAll(async () => {
  server = await startClickHouse();
  await server.query('CREATE DATABASE IF NOT EXISTS kefu');
  // 18.16: no currentUser(), no LowCardinality by default; the ≥ 23.11 DDL is unit-tested in setup-sql.test.ts.
  for (const ddl of teamTablesDdl('kefu', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
}, 30_000);
afterAll(() => server?.stop());

async function deviceWith(rows: number) {
  const db = new AppDB(`t-${crypto.randomUUID()}`);
  for (let i = 0; i < rows; i += 500) {
    const count = Math.min(500, rows - i);
    await appendActions(
      db,
      Array.from({ length: count }, (_, j) => makeDraft('panel.toggled', { collapsed: (i + j) % 2 === 0 }, { site: 'pinduoduo' })),
      agent,
    );
  }
  return db;
}

const connection = (over: Partial<SyncConnection> = {}): SyncConnection => ({ url: server.url, user: USERS.agentA.user, password: USERS.agentA.password, database: 'kefu', ...over });
const count = async (deviceWhere = '') => Number((await server.query(`SELECT count() FROM (SELECT 1 FROM kefu.actions ${deviceWhere} LIMIT 1 BY device_id, seq)`)).trim());

function run(db: AppDB, conn: SyncConnection, start: Partial<SyncState> = {}, options: { fetcher?: typeof fetch; permission?: boolean; now?: () => number } = {}) {
  let state: SyncState = { sentSeq: -1, waiting: 0, failures: 0, ...start };
  return {
    go: (force = false) =>
      syncOnce(
        { db, connection: conn, state, saveState: async (s) => void (state = s), hasPermission: async () => options.permission ?? true, fetcher: options.fetcher, now: options.now },
        force,
      ).then((s) => (state = s)),
    get state() {
      return state;
    },
  };
}

describe('pushing the log to a real ClickHouse (Debian 18.16 on loopback)', () => {
  it('sends every row once in batches, the cursor follows the server’s acknowledgement, and a replay stores nothing twice', async () => {
    const db = await deviceWith(SYNC_BATCH + 700);
    const sync = run(db, connection());
    const after = await sync.go();
    expect(after).toMatchObject({ sentSeq: SYNC_BATCH + 699, waiting: 0, failures: 0 });
    const device = (await db.actions.limit(1).toArray())[0]!.deviceId;
    expect(await count(`WHERE device_id = '${device}'`)).toBe(SYNC_BATCH + 700);
    // The same rows again (an answer lost in transit): the key (device_id, seq) keeps one of each.
    await run(db, connection()).go();
    expect(await count(`WHERE device_id = '${device}'`)).toBe(SYNC_BATCH + 700);
    const stored = JSON.parse((await server.query(`SELECT row FROM kefu.actions WHERE device_id = '${device}' AND seq = 5 LIMIT 1 FORMAT JSONEachRow`)).trim()).row;
    expect(JSON.parse(stored)).toMatchObject({ seq: 5, deviceId: device, kind: 'panel.toggled', agent });
  }, 60_000);

  it('says why in words and backs off: wrong password, table missing, server unreachable, permission missing', async () => {
    const db = await deviceWith(3);
    let now = 1_000_000;
    const wrong = run(db, connection({ password: 'nope' }), {}, { now: () => now });
    expect(await wrong.go()).toMatchObject({ lastError: 'wrong-password', failures: 1, sentSeq: -1, nextAttemptAt: now + 30_000 });
    expect(await wrong.go()).toMatchObject({ failures: 1 }); // still waiting out the backoff
    now += 31_000;
    expect(await wrong.go()).toMatchObject({ failures: 2, nextAttemptAt: now + 60_000 });
    expect(await run(db, connection({ database: 'nothere' })).go()).toMatchObject({ lastError: 'table-missing' });
    expect(await run(db, connection({ url: 'http://127.0.0.1:9' })).go()).toMatchObject({ lastError: 'unreachable' });
    expect(await run(db, connection(), {}, { permission: false }).go()).toMatchObject({ lastError: 'permission-missing' });
  }, 30_000);

  it('catches up after being offline: the rows that failed go out with the next ones, once', async () => {
    const db = await deviceWith(50);
    let offline = true;
    const flaky: typeof fetch = (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init));
    const sync = run(db, connection({ user: USERS.agentB.user, password: USERS.agentB.password }), {}, { fetcher: flaky });
    expect(await sync.go()).toMatchObject({ lastError: 'unreachable', sentSeq: -1 });
    await appendActions(db, [makeDraft('panel.opened', { pageKind: 'chat', adapterId: 'pinduoduo.chat' }, {})], agent);
    offline = false;
    expect(await sync.go(true)).toMatchObject({ sentSeq: 50, waiting: 0, failures: 0 });
    const device = (await db.actions.limit(1).toArray())[0]!.deviceId;
    expect(await count(`WHERE device_id = '${device}'`)).toBe(51);
  }, 30_000);
});
