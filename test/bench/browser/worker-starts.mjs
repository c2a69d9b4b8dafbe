// What a worker start costs under churn: four extension tabs of the e2e build log 2,500 actions each while the worker
// is stopped every EVERY ms (250) for SECS seconds (20); the background's e2e-only trace (utils/log/start-trace.ts)
// says, per worker, when each step happened (ms since the worker started). Prints the median of each step over the
// starts and how many starts stored anything. BUILD picks another e2e build (default .output/chrome-mv3-e2e).
import { chromium } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs } from '../../fixtures/serve.mjs';

const EVERY = Number(process.env.EVERY ?? 250);
const SECS = Number(process.env.SECS ?? 20);
const PER_TAB = 2500;
const profile = await mkdtemp(join(tmpdir(), 'kefu-starts-'));
const extensionDir = join(profile, 'extension');
await cp(resolve(process.env.BUILD ?? '.output/chrome-mv3-e2e'), extensionDir, { recursive: true });
const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs(extensionDir) });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const popup = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
const pages = [];
for (let i = 0; i < 4; i++) {
  const page = await context.newPage();
  await page.goto(popup);
  await page.waitForFunction(() => typeof globalThis.__kefuLogAction === 'function');
  pages.push(page);
}
const cdp = await context.newCDPSession(pages[0]);
await cdp.send('ServiceWorker.enable');
let running = true;
let stops = 0;
const killer = (async () => {
  while (running) {
    await new Promise((r) => setTimeout(r, EVERY));
    await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
    stops++;
  }
})();
await Promise.all(
  pages.map((page, tab) =>
    page.evaluate(
      ({ tab, n }) => {
        for (let i = 0; i < n; i++) globalThis.__kefuLogAction('customer.noted', { note: `t${tab}#${i}` });
      },
      { tab, n: PER_TAB },
    ),
  ),
);
await new Promise((r) => setTimeout(r, SECS * 1000));
running = false;
await killer;
const traces = Object.values(await pages[0].evaluate(() => chrome.storage.session.get(null))).filter((t) => t?.marks);
const stored = await pages[0].evaluate(
  () =>
    new Promise((ok) => {
      const open = indexedDB.open('kefu-assist');
      open.onsuccess = () => {
        const r = open.result.transaction('actions').objectStore('actions').count();
        r.onsuccess = () => ok(r.result);
      };
    }),
);
await context.close();
await rm(profile, { recursive: true, force: true });

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const steps = new Map();
let storing = 0;
let rowsInTraces = 0;
for (const { marks } of traces) {
  const firsts = new Map();
  for (const [step, ms] of marks) if (!firsts.has(step)) firsts.set(step, ms);
  for (const [step, ms] of firsts) steps.set(step, [...(steps.get(step) ?? []), ms]);
  const rows = marks.filter(([s]) => s === 'append-stored' || s === 'drain-stored').reduce((n, [, , c]) => n + (c ?? 0), 0);
  if (rows) storing++;
  rowsInTraces += rows;
}
console.log(
  `\nworker starts, stopped every ${EVERY} ms for ${SECS} s: ${stops} stops, ${traces.length} starts traced, ${storing} stored something; ${stored} rows stored (${Math.round(stored / SECS)} rows/s), ${rowsInTraces} in the traced starts`,
);
for (const [step, times] of [...steps].sort((a, b) => median(a[1]) - median(b[1])))
  console.log(`  ${step.padEnd(18)} first at ${String(median(times)).padStart(4)} ms (median of ${times.length} starts)`);
