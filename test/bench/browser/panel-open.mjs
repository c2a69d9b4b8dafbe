// How long a seller page waits for the panel: the Pinduoduo chat fixture (real host name) opened RUNS times in one
// browser, timed on the page's clock from navigation start to the panel being mounted (`data-kefu-ready`, set by the
// content script), to the page's own load event (which a frame inserted early would hold back) and, where
// the build draws its text fields in extension iframes, to the first field's document being loaded. The current build
// beside BASELINE_DIR (the build before the fields moved into iframes: `git worktree add /tmp/kefu-pre <commit>`,
// `npx wxt build` there). Run with `node test/bench/browser/panel-open.mjs` after `wxt build`.
import { chromium } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, serveFixtures } from '../../fixtures/serve.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const URL = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';

async function launch(label, dir) {
  const profile = await mkdtemp(join(tmpdir(), 'kefu-open-'));
  const extensionDir = join(profile, 'extension');
  await cp(resolve(dir), extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs(extensionDir) });
  await serveFixtures(context);
  return { label, context, profile, ready: [], field: [], load: [] };
}

async function openOnce(build, counted) {
  const page = await build.context.newPage();
  const fieldLoaded = new Promise((resolveField) => page.on('framenavigated', (f) => f.url().includes('/field.html') && f.waitForLoadState('load').then(() => resolveField(Date.now()))));
  await page.goto(URL, { waitUntil: 'commit' });
  // Polled every animation frame in the page, on the page's clock (from navigation start).
  const readyAt = await (await page.waitForFunction(() => document.documentElement.dataset.kefuReady && performance.now(), undefined, { polling: 'raf' })).jsonValue();
  await page.waitForLoadState('load');
  const loaded = await Promise.race([fieldLoaded, new Promise((r) => setTimeout(() => r(undefined), 3000))]);
  const { loadAt, origin } = await page.evaluate(() => ({ loadAt: performance.getEntriesByType('navigation')[0]?.loadEventStart, origin: performance.timeOrigin }));
  if (counted) {
    build.ready.push(readyAt);
    build.load.push(loadAt);
    if (loaded) build.field.push(loaded - origin);
  }
  await page.close();
}

const builds = [await launch('this build', process.env.EXTENSION_DIR ?? '.output/chrome-mv3')];
if (process.env.BASELINE_DIR) builds.push(await launch('baseline (fields in the shadow root)', process.env.BASELINE_DIR));
// Alternating, so both builds see the same machine; the first open of each warms caches and the worker.
for (let i = 0; i <= RUNS; i++) for (const build of builds) await openOnce(build, i > 0);
for (const build of builds) {
  await build.context.close();
  await rm(build.profile, { recursive: true, force: true });
}
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : undefined);
const p90 = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] : undefined);
const results = builds.map((b) => ({ label: b.label, readyMedian: median(b.ready), readyP90: p90(b.ready), fieldMedian: median(b.field), fieldP90: p90(b.field), loadMedian: median(b.load) }));
const ms = (x) => (x === undefined ? '—' : `${x.toFixed(0)} ms`);
for (const r of results)
  console.log(
    `${r.label}: panel mounted median ${ms(r.readyMedian)} (p90 ${ms(r.readyP90)}); first field frame loaded median ${ms(r.fieldMedian)} (p90 ${ms(r.fieldP90)}); the page's own load event median ${ms(r.loadMedian)} (all from navigation start)`,
  );
if (results.length === 2) console.log(`ratio (this / baseline, panel mounted median): ${(results[0].readyMedian / results[1].readyMedian).toFixed(2)}`);
