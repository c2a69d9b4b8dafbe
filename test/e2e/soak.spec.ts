import { verifyChain } from '../../utils/log/hash-chain';
import type { Action } from '../../utils/model';
import { expect, test, waitForActions } from './fixtures';

const TABS = 4;
const PER_TAB = Number(process.env.KEFU_SOAK_PER_TAB ?? 2500);

/**
 * Drives the real queue, outbox and background from four extension tabs (the e2e build exposes `logAction` on its
 * pages; see utils/log/e2e-hook.ts) while the service worker is stopped every 250 ms (the rate is
 * test/bench/browser/append-rate.mjs's to measure; this checks that nothing is lost, doubled or reordered).
 */
test('4 tabs × 2,500 actions with the service worker stopped every 250 ms: every action stored once, chain intact, each tab in order', async ({ context, extensionId }) => {
  test.setTimeout(240_000);
  const pages = await Promise.all(
    Array.from({ length: TABS }, async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await page.waitForFunction(() => typeof (globalThis as { __kefuLogAction?: unknown }).__kefuLogAction === 'function');
      return page;
    }),
  );
  const cdp = await context.newCDPSession(pages[0]!);
  await cdp.send('ServiceWorker.enable');
  let producing = true;
  let stops = 0;
  const killer = (async () => {
    while (producing) {
      await new Promise((r) => setTimeout(r, 250));
      await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
      stops++;
    }
  })();
  const started = Date.now();
  await Promise.all(
    pages.map((page, tab) =>
      page.evaluate(
        async ({ tab, count }) => {
          const log = (globalThis as unknown as { __kefuLogAction: (kind: string, payload: unknown) => void }).__kefuLogAction;
          for (let i = 0; i < count; i++) {
            log('customer.noted', { note: `tab${tab}#${i}` });
            if (i % 10 === 9) await new Promise((r) => setTimeout(r, 40));
          }
        },
        { tab, count: PER_TAB },
      ),
    ),
  );
  // Stopped for 20 s more after the tabs are done logging, then left alone to finish.
  const total = TABS * PER_TAB;
  setTimeout(() => (producing = false), 20_000);
  const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'customer.noted').length >= total, 150_000, pages[0]);
  const seconds = (Date.now() - started) / 1000;
  producing = false;
  await killer;
  console.log(`soak: ${total} actions from ${TABS} tabs stored in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} rows/s) with ${stops} worker stops`);

  const notes = rows.filter((a) => a.kind === 'customer.noted');
  expect(notes).toHaveLength(total);
  expect(new Set(rows.map((a) => a.id)).size).toBe(rows.length);
  expect(verifyChain(rows as unknown as Action[])).toEqual([]);
  for (let tab = 0; tab < TABS; tab++) {
    const order = notes
      .filter((a) => String(a.payload.note).startsWith(`tab${tab}#`))
      .sort((a, b) => a.seq - b.seq)
      .map((a) => Number(String(a.payload.note).split('#')[1]));
    expect(order).toEqual(Array.from({ length: PER_TAB }, (_, i) => i));
  }
  expect(stops).toBeGreaterThan(10);
  // Every draft was acknowledged, so the outbox empties (nothing left for the background to drain twice).
  await expect
    .poll(
      async () =>
        Object.keys(await pages[0]!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get: (k: null) => Promise<object> } } } }).chrome.storage.local.get(null))).filter((k) =>
          k.startsWith('outbox:'),
        ).length,
      { timeout: 30_000 },
    )
    .toBe(0);
});
