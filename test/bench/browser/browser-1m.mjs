// Browser benchmark over a 1,000,000-action log (100,000 buyers) in real Chromium with the built extension:
// 1. the lead dashboard — ours: ids streamed by time window + rows for the visible window;
//    baseline: load every row into memory (what `toArray()` on the table would do);
// 2. the customer card's lookup — ours: the [buyerKey+at] index range; baseline: a full scan of the table.
// Run with `npm run bench` (after `wxt build`); ROWS overrides the row count.
import { chromium } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs } from '../../fixtures/serve.mjs';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const profile = await mkdtemp(join(tmpdir(), 'kefu-bench-'));
// A private copy of the build, so a rebuild while this runs cannot change the extension under it.
const extensionDir = join(profile, 'extension');
await cp(resolve('.output/chrome-mv3'), extensionDir, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [...chromiumArgs(extensionDir), '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const dashboardUrl = `chrome-extension://${new URL(worker.url()).host}/dashboard.html`;
const page = await context.newPage();
await page.goto(dashboardUrl);
await page.getByTestId('dash-count').waitFor();

const seedStart = performance.now();
await page.evaluate(async (rows) => {
  const db = await new Promise((ok, fail) => {
    const open = indexedDB.open('kefu-assist');
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error);
  });
  const hash = 'a3f1'.repeat(16);
  const start = Date.UTC(2026, 9, 20);
  const kinds = ['message.received', 'message.sent', 'template.inserted', 'remark.saved', 'lint.blocked'];
  for (let from = 0; from < rows; from += 50_000) {
    await new Promise((ok, fail) => {
      const tx = db.transaction('actions', 'readwrite');
      const store = tx.objectStore('actions');
      for (let seq = from; seq < Math.min(rows, from + 50_000); seq++) {
        const buyer = (seq * 7919) % 100_000;
        const staffId = String(1000 + (buyer % 20));
        const site = buyer % 2 ? 'douyin' : 'pinduoduo';
        const nick = `买家${buyer}`;
        store.put({
          id: `00000000-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`,
          deviceId: `device-${staffId}`,
          seq,
          at: start + Math.floor((seq / rows) * 30 * 86_400_000),
          kind: kinds[seq % 5],
          payload: { messageKey: `m${seq}` },
          agent: { name: `客服${staffId}`, staffId, role: 'agent', shop: '鲜果小铺' },
          site,
          buyer: { site, shop: '鲜果小铺', nick },
          prevHash: hash,
          hash,
          buyerKey: `${site}|鲜果小铺|nick:${nick}`,
          buyerNickKey: `${site}|鲜果小铺|nick:${nick}`,
          agentStaffId: staffId,
        });
      }
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
  }
  db.close();
}, ROWS);
const seedSeconds = (performance.now() - seedStart) / 1000;

const heap = () =>
  page.evaluate(() => {
    globalThis.gc?.();
    return performance.memory.usedJSHeapSize / 2 ** 20;
  });

// Ours: open the dashboard on the full log: first rows drawn, then every id known.
const t0 = performance.now();
await page.reload();
await page.locator('[data-testid="dash-row"][data-kind]').first().waitFor({ timeout: 300_000 });
const firstRowsSeconds = (performance.now() - t0) / 1000;
await page.locator('[data-testid="dash-count"][data-complete="true"]').waitFor({ timeout: 600_000 });
const openSeconds = (performance.now() - t0) / 1000;
const listed = Number((await page.getByTestId('dash-count').textContent()).replace(/\D/g, ''));
if (listed !== ROWS) {
  console.log(await page.getByTestId('dash-count').textContent(), await page.evaluate(() => document.body.innerText.slice(0, 600)));
  throw new Error(`the dashboard lists ${listed} rows, expected ${ROWS}`);
}
const oursHeap = await heap();

// Jumps to random places in the list: time until the rows there are read and drawn.
const jumps = [];
for (let i = 0; i < 20; i++) {
  const fraction = ((i * 7) % 20) / 20 + 0.01;
  const s = performance.now();
  await page.evaluate((f) => {
    const el = document.querySelector('.dash-scroll');
    el.scrollTop = el.scrollHeight * f;
  }, fraction);
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid="dash-row"]')];
    return rows.length > 0 && rows.every((r) => r.dataset.kind);
  });
  jumps.push(performance.now() - s);
}
jumps.sort((a, b) => a - b);

// Filter by one agent (index [agentStaffId+at]).
const f0 = performance.now();
await page.locator('select[name="staffId"]').selectOption('1007');
await page.waitForFunction(
  (total) => {
    const count = document.querySelector('[data-testid="dash-count"][data-complete="true"]');
    return !!count && !count.textContent.includes(String(total));
  },
  ROWS,
  { timeout: 600_000 },
);
const filterSeconds = (performance.now() - f0) / 1000;

// Baseline: every row into memory, in the same page.
const before = await heap();
const baseline = await page.evaluate(async () => {
  const db = await new Promise((ok) => {
    const open = indexedDB.open('kefu-assist');
    open.onsuccess = () => ok(open.result);
  });
  const s = performance.now();
  const all = await new Promise((ok) => {
    const request = db.transaction('actions').objectStore('actions').index('at').getAll();
    request.onsuccess = () => ok(request.result);
  });
  const seconds = (performance.now() - s) / 1000;
  globalThis.__keep = all;
  return { seconds, rows: all.length };
});
const baselineHeap = (await heap()) - before;
await page.evaluate(() => delete globalThis.__keep);

// Customer card lookups: 200 random buyers by index; the full-scan baseline twice (it reads every row).
const lookups = await page.evaluate(async () => {
  const db = await new Promise((ok) => {
    const open = indexedDB.open('kefu-assist');
    open.onsuccess = () => ok(open.result);
  });
  const keyOf = (b) => `${b % 2 ? 'douyin' : 'pinduoduo'}|鲜果小铺|nick:买家${b}`;
  const indexed = [];
  for (let i = 0; i < 200; i++) {
    const key = keyOf((i * 4999) % 100_000);
    const s = performance.now();
    const rows = await new Promise((ok) => {
      const r = db
        .transaction('actions')
        .objectStore('actions')
        .index('[buyerKey+at]')
        .getAll(IDBKeyRange.bound([key, -Infinity], [key, Infinity]));
      r.onsuccess = () => ok(r.result);
    });
    indexed.push({ ms: performance.now() - s, rows: rows.length });
  }
  const scans = [];
  for (let i = 0; i < 2; i++) {
    const key = keyOf(i * 777);
    const s = performance.now();
    let found = 0;
    await new Promise((ok) => {
      const r = db.transaction('actions').objectStore('actions').openCursor();
      r.onsuccess = () => {
        const c = r.result;
        if (!c) return ok();
        if (c.value.buyerKey === key) found++;
        c.continue();
      };
    });
    scans.push({ ms: performance.now() - s, rows: found });
  }
  return { indexed, scans };
});
const lookupMs = lookups.indexed.map((l) => l.ms).sort((a, b) => a - b);
const scanMs = lookups.scans.map((l) => l.ms).sort((a, b) => a - b);
const pct = (arr, q) => arr[Math.min(arr.length - 1, Math.floor(q * arr.length))];

const p = (q) => jumps[Math.min(jumps.length - 1, Math.floor(q * jumps.length))].toFixed(0);
console.log(`
Dashboard over ${ROWS.toLocaleString()} rows in Chromium (seeded in ${seedSeconds.toFixed(0)} s)
ours: open to first rows drawn (ids stream in, newest first)  ${firstRowsSeconds.toFixed(1)} s
ours: every id known (export and KPIs ready)                  ${openSeconds.toFixed(1)} s   page JS heap ${oursHeap.toFixed(0)} MB
ours: jump anywhere in the list, rows drawn                     p50 ${p(0.5)} ms   p95 ${p(0.95)} ms
ours: filter to one agent                                       ${filterSeconds.toFixed(1)} s
baseline: load every row (index getAll)                         ${baseline.seconds.toFixed(1)} s   +${baselineHeap.toFixed(0)} MB JS heap
ratio baseline/ours: first rows ${(baseline.seconds / firstRowsSeconds).toFixed(1)}×, all ids ${(baseline.seconds / openSeconds).toFixed(1)}×, memory ${(baselineHeap / oursHeap).toFixed(1)}×

Customer card lookup (a buyer's actions, ~${Math.round(lookups.indexed.reduce((n, l) => n + l.rows, 0) / lookups.indexed.length)} rows each)
ours: [buyerKey+at] index range, 200 buyers                    p50 ${pct(lookupMs, 0.5).toFixed(1)} ms   p95 ${pct(lookupMs, 0.95).toFixed(1)} ms
baseline: full scan of the table, 2 buyers                     p50 ${pct(scanMs, 0.5).toFixed(0)} ms
ratio baseline/ours (p50): ${(pct(scanMs, 0.5) / pct(lookupMs, 0.5)).toFixed(0)}×
`);
await context.close();
await rm(profile, { recursive: true, force: true });
