// Sustained append rate of the action log in real Chromium with the e2e build (its extension pages expose logAction):
// four tabs log as fast as they can through the real queue, outbox and background — with the worker left alone, and
// with it stopped every 250 ms and every 500 ms — beside a naive baseline in the same run: the same four tabs writing
// each action in its own IndexedDB transaction (`add` after reading the last row) into a database of their own.
// Run with `npm run bench` (after `WXT_E2E_BUILD=1 wxt build`).
//   PER_TAB    actions per tab (2,500)
//   STOPS      worker stop intervals in ms, 0 = left alone ("0,250,500")
//   CAP_S      a run that has not stored everything after this many seconds stops and reports what it stored (180)
//   COMPARE    another e2e build to run beside this one, as name=dir (the pre-change commit built in a temp worktree)
import { chromium } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs } from '../../fixtures/serve.mjs';

const TABS = 4;
const PER_TAB = Number(process.env.PER_TAB ?? 2500);
const TOTAL = TABS * PER_TAB;
const STOPS = (process.env.STOPS ?? '0,250,500').split(',').map(Number);
const CAP_S = Number(process.env.CAP_S ?? 180);
const BUILDS = [{ name: 'ours', dir: resolve('.output/chrome-mv3-e2e') }, ...(process.env.COMPARE ? [process.env.COMPARE].map((c) => ({ name: c.split('=')[0], dir: resolve(c.split('=')[1]) })) : [])];

async function launch(buildDir) {
  const profile = await mkdtemp(join(tmpdir(), 'kefu-append-'));
  const extensionDir = join(profile, 'extension');
  await cp(buildDir, extensionDir, { recursive: true });
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

/** Rows of the log read in an extension page: how many notes, how many distinct, whether seqs run 0…n-1. */
const census = (page) =>
  page.evaluate(
    () =>
      new Promise((ok) => {
        const open = indexedDB.open('kefu-assist');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('actions')) return ok({ notes: 0, distinct: 0, seqsRun: true });
          const request = db.transaction('actions').objectStore('actions').getAll();
          request.onsuccess = () => {
            db.close();
            const rows = request.result;
            const notes = rows.filter((r) => r.kind === 'customer.noted').map((r) => r.payload.note);
            const seqs = rows.map((r) => r.seq).sort((a, b) => a - b);
            ok({ notes: notes.length, distinct: new Set(notes).size, seqsRun: seqs.every((s, i) => s === i) });
          };
        };
      }),
  );

const countNotes = (page) =>
  page.evaluate(
    () =>
      new Promise((ok) => {
        const open = indexedDB.open('kefu-assist');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('actions')) return ok(0);
          const request = db.transaction('actions').objectStore('actions').index('kind').count('customer.noted');
          request.onsuccess = () => (db.close(), ok(request.result));
        };
      }),
  );

async function ours(buildDir, stopEveryMs) {
  const { context, pages, close } = await launch(buildDir);
  const cdp = await context.newCDPSession(pages[0]);
  await cdp.send('ServiceWorker.enable');
  let running = true;
  let stops = 0;
  const killer = (async () => {
    while (running && stopEveryMs > 0) {
      await new Promise((r) => setTimeout(r, stopEveryMs));
      await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
      stops++;
    }
  })();
  const start = performance.now();
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
  let stored;
  while ((stored = await countNotes(pages[0])) < TOTAL && performance.now() - start < CAP_S * 1000) await new Promise((r) => setTimeout(r, 100));
  const seconds = (performance.now() - start) / 1000;
  const storedInTime = stored;
  running = false;
  await killer;
  // Let a capped run finish with the worker left alone, so what was lost (nothing should be) is told from what was late.
  const late = performance.now();
  while (stored < TOTAL && performance.now() - late < 30_000) {
    await new Promise((r) => setTimeout(r, 200));
    stored = await countNotes(pages[0]);
  }
  const check = await census(pages[0]);
  await close();
  return { seconds, stops, storedInTime, done: storedInTime >= TOTAL, ...check };
}

async function naive() {
  const { pages, close } = await launch(BUILDS[0].dir);
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
              last.onsuccess = () =>
                store.add({
                  id: crypto.randomUUID(),
                  seq: (last.result?.value.seq ?? -1) + 1,
                  at: Date.now(),
                  kind: 'customer.noted',
                  payload: { note: `t${tab}#${i}` },
                  prevHash: last.result?.value.id ?? '',
                });
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

const rate = (rows, s) => Math.round(rows / s);
const baseline = await naive();
const baseRate = rate(TOTAL, baseline.seconds);
console.log(`\nappend rate, ${TABS} tabs × ${PER_TAB} actions (${TOTAL}), runs capped at ${CAP_S} s`);
console.log(`  baseline, one add per action in its own transaction: ${baseline.seconds.toFixed(2)} s  ${baseRate} actions/s`);
for (const build of BUILDS) {
  for (const every of STOPS) {
    const r = await ours(build.dir, every);
    const label = every ? `worker stopped every ${every} ms (${r.stops} stops)` : 'worker left alone';
    const stored = r.done ? `${TOTAL} stored in ${r.seconds.toFixed(1)} s` : `${r.storedInTime} of ${TOTAL} stored in ${CAP_S} s`;
    const r8 = rate(r.storedInTime, r.seconds);
    console.log(
      `  ${build.name}, ${label}: ${stored}  ${r8} rows/s  (${(r8 / baseRate).toFixed(2)}× baseline); afterwards lost ${TOTAL - r.distinct}, duplicated ${r.notes - r.distinct}, seqs ${r.seqsRun ? 'contiguous' : 'BROKEN'}`,
    );
  }
}
