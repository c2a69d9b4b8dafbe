// Sustained append rate of the action log in real Chromium with the e2e build (its extension pages expose logAction):
// four tabs log as fast as they can through the real queue, outbox and background — once with the worker left alone,
// once with it stopped every 250–500 ms — beside a naive baseline in the same run: the same four tabs writing each
// action in its own IndexedDB transaction (read the last row, add the next) into a database of their own.
// Run with `npm run bench` (after `WXT_E2E_BUILD=1 wxt build`); PER_TAB overrides the actions per tab.
import { chromium } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs } from '../../fixtures/serve.mjs';

const TABS = 4;
const PER_TAB = Number(process.env.PER_TAB ?? 2500);
const TOTAL = TABS * PER_TAB;

async function launch() {
  const profile = await mkdtemp(join(tmpdir(), 'kefu-append-'));
  const extensionDir = join(profile, 'extension');
  await cp(resolve('.output/chrome-mv3-e2e'), extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs(extensionDir) });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popup = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
  const pages = [];
  for (let i = 0; i < TABS; i++) {
    const page = await context.newPage();
    await page.goto(popup);
    await page.waitForFunction(() => typeof globalThis.__kefuLogAction === 'function');
    pages.push(page);
  }
  return { context, pages, close: async () => (await context.close(), await rm(profile, { recursive: true, force: true })) };
}

const countNotes = (page) =>
  page.evaluate(
    () =>
      new Promise((ok) => {
        const open = indexedDB.open('kefu-assist');
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('actions').objectStore('actions').index('kind').count('customer.noted');
          request.onsuccess = () => (db.close(), ok(request.result));
        };
      }),
  );

async function ours(killWorker) {
  const { context, pages, close } = await launch();
  const cdp = await context.newCDPSession(pages[0]);
  await cdp.send('ServiceWorker.enable');
  let running = true;
  let stops = 0;
  const killer = (async () => {
    while (running && killWorker) {
      await new Promise((r) => setTimeout(r, 250 + Math.random() * 250));
      await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
      stops++;
    }
  })();
  const start = performance.now();
  await Promise.all(pages.map((page, tab) => page.evaluate(({ tab, n }) => { for (let i = 0; i < n; i++) globalThis.__kefuLogAction('customer.noted', { note: `t${tab}#${i}` }); }, { tab, n: PER_TAB })));
  while ((await countNotes(pages[0])) < TOTAL) await new Promise((r) => setTimeout(r, 100));
  const seconds = (performance.now() - start) / 1000;
  running = false;
  await killer;
  await close();
  return { seconds, stops };
}

async function naive() {
  const { pages, close } = await launch();
  const start = performance.now();
  await Promise.all(
    pages.map((page, tab) =>
      page.evaluate(
        async ({ tab, n }) => {
          const db = await new Promise((ok) => {
            const open = indexedDB.open('naive-log', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('actions', { keyPath: 'id' }).createIndex('seq', 'seq', { unique: true });
            open.onsuccess = () => ok(open.result);
          });
          for (let i = 0; i < n; i++) {
            await new Promise((ok, fail) => {
              const tx = db.transaction('actions', 'readwrite');
              const store = tx.objectStore('actions');
              const last = store.index('seq').openCursor(null, 'prev');
              last.onsuccess = () => store.add({ id: crypto.randomUUID(), seq: (last.result?.value.seq ?? -1) + 1, at: Date.now(), kind: 'customer.noted', payload: { note: `t${tab}#${i}` }, prevHash: last.result?.value.id ?? '' });
              tx.oncomplete = ok;
              tx.onerror = () => fail(tx.error);
            });
          }
        },
        { tab, n: PER_TAB },
      ),
    ),
  );
  const seconds = (performance.now() - start) / 1000;
  await close();
  return { seconds };
}

const baseline = await naive();
const calm = await ours(false);
const stormy = await ours(true);
const rate = (s) => Math.round(TOTAL / s);
console.log(`\nappend rate, ${TABS} tabs × ${PER_TAB} actions (${TOTAL})`);
console.log(`  ours, worker left alone:           ${calm.seconds.toFixed(2)} s  ${rate(calm.seconds)} actions/s`);
console.log(`  ours, worker stopped every 250–500 ms (${stormy.stops} stops): ${stormy.seconds.toFixed(2)} s  ${rate(stormy.seconds)} actions/s`);
console.log(`  baseline, one transaction per action: ${baseline.seconds.toFixed(2)} s  ${rate(baseline.seconds)} actions/s`);
console.log(`  ratio ours/baseline: ${(rate(calm.seconds) / rate(baseline.seconds)).toFixed(2)}× (worker alone), ${(rate(stormy.seconds) / rate(baseline.seconds)).toFixed(2)}× (worker stopped)`);
