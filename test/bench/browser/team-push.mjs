// Rows per second the team log is pushed from one browser to a real ClickHouse (Debian 18.16 on loopback), with the
// e2e build: ROWS actions are logged first (through the real queue and background), then the agent's connection is
// saved and the background worker pushes them (2,000-row JSONEachRow batches read from IndexedDB, cursor after each
// acknowledgement) until the server holds them all. Baseline in the same run: the same rows sent by the same browser
// as one INSERT request (the wire and the server, no log, no batching, no cursor): the ceiling for this machine.
// Run with `npm run bench` (after `WXT_E2E_BUILD=1 wxt build`).
import { chromium } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs } from '../../fixtures/serve.mjs';
import { startClickHouse, USERS } from '../../support/clickhouse.mjs';

const ROWS = Number(process.env.BENCH_PUSH_ROWS ?? 20_000);
const DDL = `CREATE TABLE kefu.actions (device_id String, seq UInt64, id String, at UInt64, kind String, site String, shop String, buyer_key String,
  staff_id String, order_no String, hash String, prev_hash String, row String) ENGINE = MergeTree ORDER BY (device_id, seq)`;
// Each push ends with the device's signed head (issue 33).
const CHECKPOINTS = 'CREATE TABLE kefu.checkpoints (device_id String, seq UInt64, hash String, signed_at UInt64, public_key String, signature String) ENGINE = MergeTree ORDER BY (device_id, seq)';

const server = await startClickHouse();
await server.query('CREATE DATABASE kefu');
await server.query(DDL);
await server.query(CHECKPOINTS);
const profile = await mkdtemp(join(tmpdir(), 'kefu-push-'));
const extensionDir = join(profile, 'extension');
await cp(resolve('.output/chrome-mv3-e2e'), extensionDir, { recursive: true });
const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs(extensionDir) });
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  await page.waitForFunction(() => typeof globalThis.__kefuLogAction === 'function');
  const stored = () =>
    page.evaluate(
      () =>
        new Promise((ok) => {
          const open = indexedDB.open('kefu-assist');
          open.onsuccess = () => {
            const request = open.result.transaction('actions').objectStore('actions').count();
            request.onsuccess = () => (open.result.close(), ok(request.result));
          };
        }),
    );
  const before = await stored();
  await page.evaluate((n) => {
    for (let i = 0; i < n; i++) globalThis.__kefuLogAction('customer.noted', { note: `第${i}条备注：买家要求改地址` });
  }, ROWS);
  while ((await stored()) < before + ROWS) await new Promise((r) => setTimeout(r, 100));
  const total = await stored();

  const onServer = async () => Number((await server.query('SELECT count() FROM (SELECT 1 FROM kefu.actions LIMIT 1 BY device_id, seq)')).trim());
  const connection = { url: server.url, user: USERS.agentA.user, password: USERS.agentA.password, database: 'kefu' };
  const start = performance.now();
  await worker.evaluate((c) => chrome.storage.local.set({ teamSync: { connection: c } }), connection);
  while ((await onServer()) < total) await new Promise((r) => setTimeout(r, 50));
  const oursSeconds = (performance.now() - start) / 1000;

  // Baseline: the rows the server now holds, sent again by the page as one request under another device id.
  const body = (await server.query('SELECT * FROM kefu.actions LIMIT 1 BY device_id, seq FORMAT JSONEachRow')).replace(/"device_id":"[^"]*"/g, '"device_id":"baseline"');
  const baselineSeconds = await page.evaluate(
    async ({ url, user, password, body }) => {
      const t0 = performance.now();
      const response = await fetch(`${url}/?query=${encodeURIComponent('INSERT INTO kefu.actions FORMAT JSONEachRow')}`, {
        method: 'POST',
        body,
        headers: { Authorization: `Basic ${btoa(`${user}:${password}`)}` },
      });
      if (!response.ok) throw new Error(await response.text());
      return (performance.now() - t0) / 1000;
    },
    { ...connection, body },
  );

  const rate = (s) => Math.round(total / s).toLocaleString();
  console.log(`\nteam log push from one browser (Chromium, e2e build) to ClickHouse ${(await server.query('SELECT version()')).trim()} on loopback, ${total.toLocaleString()} rows`);
  console.log(`  ours (background worker, 2,000-row batches from IndexedDB): ${oursSeconds.toFixed(2)} s = ${rate(oursSeconds)} rows/s (target ≥ 5,000)`);
  console.log(`  baseline (the same rows as one INSERT from the page):       ${baselineSeconds.toFixed(2)} s = ${rate(baselineSeconds)} rows/s`);
  console.log(`  ratio ours/baseline: ${(baselineSeconds / oursSeconds).toFixed(2)}×\n`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
  await server.stop();
}
