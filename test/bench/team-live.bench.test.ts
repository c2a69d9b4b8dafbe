import { afterAll, beforeAll, expect, it } from 'vitest';
import { GENESIS_HASH, hashAction } from '@/utils/log/hash-chain';
import { generateDeviceKey, signValue } from '@/utils/log/signing';
import type { Action, DeviceKey } from '@/utils/model';
import { teamChunks, teamVerify, type TeamSource } from '@/utils/team-log/client';
import { readWallboard } from '@/utils/team-live/read-wallboard';
import { presenceRow } from '@/utils/team-live/presence';
import { clickhouseRequest, pushBatch, pushCheckpoint } from '@/utils/team-sync/push';
import { checkpointRow, jsonEachRow, teamRow } from '@/utils/team-sync/rows';
import { teamTablesDdl } from '@/utils/team-sync/setup-sql';
import { startClickHouse, USERS, type RunningClickHouse } from '../support/clickhouse.mjs';
import { percentile } from './measure';

// 500 agents on loopback against Debian's clickhouse-server 18.16, bounded: each figure beside its naive alternative.
const AGENTS = Number(process.env.BENCH_LIVE_AGENTS ?? 500);
const ROUNDS = Number(process.env.BENCH_LIVE_ROUNDS ?? 6);
const BATCH = 20;
const BOARD_ROWS = Number(process.env.BENCH_LIVE_BOARD_ROWS ?? 10_000_000);
const VERIFY_ROWS = Number(process.env.BENCH_LIVE_VERIFY_ROWS ?? 200_000);
/** Requests in flight at once: 500 browsers would each have their own; on this 2-core machine more only queue. */
const IN_FLIGHT = 64;

let server: RunningClickHouse;
const version = [18, 16, 1];
const agentConnection = (database: string) => ({ url: server.url, ...USERS.agentA, database });
const leadSource = (database: string): TeamSource => ({ connection: { url: server.url, ...USERS.lead, database }, version });

/** A device's chain of `n` rows, as the extension would have logged them (real hashes). */
function chain(deviceId: string, staffId: string, n: number, from = 0, prevHash = GENESIS_HASH, t0 = Date.UTC(2026, 10, 30, 2)): Action[] {
  const rows: Action[] = [];
  for (let seq = from; seq < from + n; seq++) {
    const body = {
      id: crypto.randomUUID(),
      deviceId,
      seq,
      at: t0 + seq * 9000,
      kind: seq % 2 ? 'message.sent' : 'message.received',
      payload: seq % 2 ? { length: 12, findings: 0, ruleIds: [], via: 'enter' } : { messageKey: `k${seq}` },
      site: 'douyin',
      buyer: { site: 'douyin', shop: '店', nick: `买家${seq % 7}` },
      agent: { name: `客服${staffId}`, staffId, role: 'agent', shop: '店' },
      prevHash: rows.at(-1)?.hash ?? prevHash,
    } as unknown as Omit<Action, 'hash'>;
    rows.push({ ...body, hash: hashAction(body) } as Action);
  }
  return rows;
}

async function pool<T>(items: readonly T[], run: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(IN_FLIGHT, items.length) }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

beforeAll(async () => {
  server = await startClickHouse();
  for (const db of ['ingest', 'naive', 'board', 'verify']) {
    await server.query(`CREATE DATABASE ${db}`);
    for (const ddl of teamTablesDdl(db, { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl);
  }
}, 120_000);
afterAll(() => server?.stop(), 120_000);

it(`ingest from ${AGENTS} agents: batches with a signed head and a heartbeat per push, beside one INSERT per row`, async () => {
  const devices = await Promise.all(
    Array.from({ length: AGENTS }, async (_, i) => ({ deviceId: `agent-device-${String(i).padStart(4, '0')}`, staffId: String(1000 + i), key: await generateDeviceKey(), rows: [] as Action[] })),
  );
  for (const d of devices) d.rows = chain(d.deviceId, d.staffId, ROUNDS * BATCH);
  const t0 = performance.now();
  let requests = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await pool(devices, async (d) => {
      const batch = d.rows.slice(round * BATCH, (round + 1) * BATCH);
      const pushed = await pushBatch(agentConnection('ingest'), jsonEachRow(batch), `${d.deviceId}:${batch[0]!.seq}`, version);
      const head = batch.at(-1)!;
      const checkpoint = { deviceId: d.deviceId, seq: head.seq, hash: head.hash, signedAt: Date.now() };
      const signed = await pushCheckpoint(agentConnection('ingest'), { checkpoint, publicKey: d.key.publicKey, signature: await signValue(d.key.privateKey, checkpoint) });
      const beat = presenceRow(
        { tab: `tab-${d.deviceId}`, site: 'douyin', status: 'online', waiting: round % 2, oldestWaitMs: round * 1000, overLimit: 0, limitMs: 180_000 },
        { deviceId: d.deviceId, staffId: d.staffId },
        Date.now(),
      );
      const hb = await clickhouseRequest(agentConnection('ingest'), 'INSERT INTO ingest.presence FORMAT JSONEachRow', `${JSON.stringify(beat)}\n`);
      requests += 3;
      if (!pushed.ok || !signed.ok || !hb.ok) throw new Error('push failed');
    });
  }
  const oursMs = performance.now() - t0;
  const rows = AGENTS * ROUNDS * BATCH;
  expect(Number((await server.query('SELECT count() FROM ingest.actions')).trim())).toBe(rows);

  // Naive: every row its own INSERT, the first four rows of each agent (bounded: per-row inserts are slow).
  const perRow = devices.flatMap((d) => d.rows.slice(0, 4));
  const t1 = performance.now();
  await pool(perRow, async (r) => {
    const result = await pushBatch(agentConnection('naive'), `${JSON.stringify(teamRow(r))}\n`, r.id, version);
    if (!result.ok) throw new Error(result.detail);
  });
  const naiveMs = performance.now() - t1;
  expect(Number((await server.query('SELECT count() FROM naive.actions')).trim())).toBe(perRow.length);

  const oursRate = rows / (oursMs / 1000);
  const naiveRate = perRow.length / (naiveMs / 1000);
  // What 500 agents really produce: about one action per 10 s each, and a heartbeat per tab every 15 s.
  const demand = AGENTS / 10 + AGENTS / 15;
  console.log(
    `\ningest, ${AGENTS} agents × ${ROUNDS} pushes of ${BATCH} rows + a signed head + a heartbeat (${rows.toLocaleString()} rows, ${requests.toLocaleString()} requests, ${IN_FLIGHT} in flight)`,
  );
  console.log(`  ours (batched JSONEachRow):  ${Math.round(oursRate).toLocaleString()} action rows/s (${Math.round(requests / (oursMs / 1000)).toLocaleString()} requests/s)`);
  console.log(`  baseline (one INSERT per row, ${perRow.length.toLocaleString()} rows): ${Math.round(naiveRate).toLocaleString()} rows/s`);
  console.log(`  ratio ours/baseline: ${(oursRate / naiveRate).toFixed(1)}×; a team of ${AGENTS} makes ~${Math.round(demand)} rows/s (actions + heartbeats)\n`);
}, 1_800_000);

it(`verification of ${VERIFY_ROWS.toLocaleString()} rows: hash chains and signed heads, beside reading them unverified`, async () => {
  const DEVICES = 50;
  const per = Math.ceil(VERIFY_ROWS / DEVICES);
  const keys: DeviceKey[] = [];
  for (let d = 0; d < DEVICES; d++) {
    const deviceId = `verify-device-${String(d).padStart(3, '0')}`;
    const rows = chain(deviceId, String(2000 + d), per);
    for (let i = 0; i < rows.length; i += 5000) await server.query('INSERT INTO verify.actions FORMAT JSONEachRow', jsonEachRow(rows.slice(i, i + 5000)));
    const { privateKey, publicKey } = await generateDeviceKey();
    const head = rows.at(-1)!;
    const checkpoint = { deviceId, seq: head.seq, hash: head.hash, signedAt: Date.now() };
    await server.query('INSERT INTO verify.checkpoints FORMAT JSONEachRow', `${JSON.stringify(checkpointRow({ checkpoint, publicKey, signature: await signValue(privateKey, checkpoint) }))}\n`);
    keys.push({ deviceId, publicKey, registeredAt: 0 });
  }
  const source = leadSource('verify');
  const times = { verified: [] as number[], plain: [] as number[] };
  for (let run = 0; run < 2; run++) {
    let t = performance.now();
    const result = await teamVerify(source, keys, undefined, undefined, 5000);
    times.verified.push(performance.now() - t);
    if (!result.ok) throw new Error(result.detail);
    expect(result.value.issueCount).toBe(0);
    expect(result.value.trustedRows).toBe(DEVICES * per);
    t = performance.now();
    let read = 0;
    for await (const chunk of teamChunks(source, {}, 5000)) read += chunk.rows.length;
    times.plain.push(performance.now() - t);
    expect(read).toBe(DEVICES * per);
  }
  const rows = DEVICES * per;
  const best = (list: number[]) => Math.min(...list);
  console.log(`\nverification, ${rows.toLocaleString()} rows on ${DEVICES} devices (best of 2)`);
  console.log(`  ours (every version grouped, each hash and link checked, signed heads): ${Math.round(rows / (best(times.verified) / 1000)).toLocaleString()} rows/s`);
  console.log(`  baseline (the same rows read in chain order, parsed, unverified):      ${Math.round(rows / (best(times.plain) / 1000)).toLocaleString()} rows/s`);
  console.log(`  ratio unverified/verified: ${(best(times.verified) / best(times.plain)).toFixed(2)}× (the cost of verifying)\n`);
}, 1_800_000);

it(`the live board over ${BOARD_ROWS.toLocaleString()} actions and ${AGENTS} live agents: presence query beside deriving waits from the log`, async () => {
  const now = Date.now();
  const t0 = performance.now();
  // A month of log for the team, made by the server; an hour of heartbeats (every 15 s) for every agent's tab.
  await server.query(`INSERT INTO board.actions SELECT concat('dev-', toString(number % ${AGENTS})) AS device_id, intDiv(number, ${AGENTS}) AS seq, toString(number) AS id,
    ${now} - 30 * 86400000 + intDiv(number * 259, 1000) AS at, if(number % 3 = 0, 'message.sent', 'message.received') AS kind, 'douyin' AS site, '店' AS shop,
    concat('douyin|店|nick:b', toString(number % 50000)) AS buyer_key, toString(1000 + number % ${AGENTS}) AS staff_id, '' AS order_no, '' AS hash, '' AS prev_hash, '{}' AS row FROM numbers(${BOARD_ROWS})`);
  // The heartbeats end now (the log above takes a while to make): the newest of each tab is 0–15 s old.
  await server.query(`INSERT INTO board.presence SELECT toUInt64(now()) * 1000 - 3585000 + intDiv(number, ${AGENTS}) * 15000 AS at, concat('dev-', toString(number % ${AGENTS})) AS device_id, concat('tab-', toString(number % ${AGENTS})) AS tab,
    toString(1000 + number % ${AGENTS}) AS staff_id, '' AS agent_name, 'douyin' AS site, '店' AS shop, 'online' AS status, toUInt32(number % 2) AS waiting, toUInt64(number % 200000) AS oldest_wait_ms,
    toUInt32(number % 7 = 0) AS over_limit, toUInt64(180000) AS limit_ms FROM numbers(${AGENTS * 240})`);
  const fillS = (performance.now() - t0) / 1000;
  const source = leadSource('board');
  const live = await readWallboard(source);
  if (!live.ok) throw new Error(live.detail);
  expect(live.value.tabs.length).toBe(AGENTS);

  const RUNS = 40;
  const ours: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await readWallboard(source);
    ours.push(performance.now() - t);
    if (!r.ok) throw new Error(r.detail);
  }
  // Naive: no presence table; who is waiting now comes from each conversation's last event in the log.
  const naiveSql = `SELECT staff_id, countIf(last_kind = 'message.received') AS waiting, max(last_at) AS seen FROM (
    SELECT staff_id, buyer_key, argMax(kind, at) AS last_kind, max(at) AS last_at FROM board.actions WHERE at >= ${now} - 3600000 GROUP BY staff_id, buyer_key
  ) GROUP BY staff_id FORMAT JSONEachRow`;
  const naive: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    const r = await clickhouseRequest(source.connection, naiveSql);
    naive.push(performance.now() - t);
    if (!r.ok) throw new Error(r.detail);
  }
  ours.sort((a, b) => a - b);
  naive.sort((a, b) => a - b);
  console.log(`\nlive board, ${BOARD_ROWS.toLocaleString()} actions + ${(AGENTS * 240).toLocaleString()} heartbeats (made in ${fillS.toFixed(1)} s), ${AGENTS} live tabs`);
  console.log(`  ours (presence table, newest heartbeat per tab): p50 ${percentile(ours, 50).toFixed(1)} ms, p95 ${percentile(ours, 95).toFixed(1)} ms (${RUNS} runs)`);
  console.log(`  baseline (waits derived from the action log):     p50 ${percentile(naive, 50).toFixed(1)} ms, p95 ${percentile(naive, 95).toFixed(1)} ms (10 runs)`);
  console.log(`  ratio baseline/ours p95: ${(percentile(naive, 95) / percentile(ours, 95)).toFixed(1)}×\n`);
}, 1_800_000);
