// Browser benchmark: a lead imports an agent's 1,000,000-row NDJSON export (about 480 MB, 20 devices, signed) into the
// dashboard of the built extension in real Chromium. Measured: time until the report shows, the longest task on the
// dashboard page while it runs (PerformanceObserver 'longtask'), the page's JS heap and the import worker's heap (CDP
// Runtime.getHeapUsage on the worker target), sampled every 500 ms.
// Ours: `.output/chrome-mv3` (the import streamed in a Web Worker). Baseline in the same run: the pre-change build
// (the whole file read, parsed, verified and merged on the page), given as BASE_EXTENSION=<dir of its chrome-mv3>,
// at BASE_ROWS rows (default 100,000: at a million rows it holds the page for minutes and gigabytes).
// Run: `npm run build && node test/bench/browser/import-1m.mjs`  (ROWS=… for a quick look)
import { chromium } from '@playwright/test';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs } from '../../fixtures/serve.mjs';
import { writeExportFile } from './export-file.mjs';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const BASE_ROWS = Number(process.env.BASE_ROWS ?? 100_000);
const BASE_EXTENSION = process.env.BASE_EXTENSION;
const work = await mkdtemp(join(tmpdir(), 'kefu-import-bench-'));

async function measure(label, extension, file, rows) {
  const profile = join(work, `profile-${label}`);
  const extensionDir = join(profile, 'extension');
  await cp(resolve(extension), extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...chromiumArgs(extensionDir), '--enable-precise-memory-info'],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/dashboard.html`);
    await page.getByRole('tab', { name: '导入合并' }).click();
    await page.evaluate(() => {
      globalThis.__longest = 0;
      globalThis.__long = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          globalThis.__longest = Math.max(globalThis.__longest, entry.duration);
          // When and in which phase, to tell the import's own work from the machine's (a starved thread's task grows).
          const phase = document.querySelector('[data-testid="dash-import-running"]')?.getAttribute('data-phase') ?? 'idle';
          if (entry.duration > 200) globalThis.__long.push(`${(entry.startTime / 1000).toFixed(0)} s ${entry.duration.toFixed(0)} ms (${phase})`);
        }
      }).observe({ type: 'longtask' });
    });
    // The worker's heap, through CDP (performance.memory does not exist in workers).
    const cdp = await context.newCDPSession(page);
    const workers = [];
    const answers = new Map();
    let nextId = 1;
    cdp.on('Target.attachedToTarget', (e) => e.targetInfo.type === 'worker' && workers.push(e.sessionId));
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message);
      answers.get(m.id)?.(m.result);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    const workerHeap = async () => {
      let total = 0;
      for (const sessionId of workers) {
        const id = nextId++;
        const answer = new Promise((ok) => answers.set(id, ok));
        await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => undefined);
        total += (await Promise.race([answer, new Promise((ok) => setTimeout(() => ok(undefined), 2000))]))?.usedSize ?? 0;
      }
      return total / 2 ** 20;
    };
    const peak = { page: 0, worker: 0 };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const pageHeap = await page.evaluate(() => performance.memory.usedJSHeapSize / 2 ** 20).catch(() => 0);
        peak.page = Math.max(peak.page, pageHeap);
        peak.worker = Math.max(peak.worker, await workerHeap());
        await new Promise((ok) => setTimeout(ok, 500));
      }
    })();
    const t0 = performance.now();
    console.log(`${label}: import starts at ${(await page.evaluate(() => performance.now() / 1000)).toFixed(0)} s page time`);
    await page.getByTestId('dash-import-file').setInputFiles(file);
    const outcome = page.getByTestId('dash-import-outcome');
    await outcome.waitFor({ timeout: 60 * 60_000 });
    const seconds = (performance.now() - t0) / 1000;
    sampling = false;
    await sampler;
    const text = await outcome.textContent();
    const verified = await outcome
      .getByTestId('dash-import-report')
      .getAttribute('data-verified')
      .catch(() => null);
    const { longest, long } = await page.evaluate(() => ({ longest: globalThis.__longest, long: globalThis.__long }));
    if (!text.includes(`${rows} 行`)) throw new Error(`${label}: unexpected outcome: ${text.slice(0, 300)}`);
    return { label, rows, seconds, longest, long, pageHeap: peak.page, workerHeap: peak.worker, verified };
  } finally {
    await context.close();
  }
}

try {
  const results = [];
  const big = join(work, 'export-big.ndjson');
  const made = await writeExportFile(big, ROWS);
  console.log(`export file: ${made.rows} rows, ${made.devices} devices, ${((await stat(big)).size / 2 ** 20).toFixed(0)} MB`);
  results.push(await measure('ours', '.output/chrome-mv3', big, ROWS));
  if (BASE_EXTENSION) {
    const small = join(work, 'export-small.ndjson');
    await writeExportFile(small, BASE_ROWS);
    results.push(await measure('ours (small)', '.output/chrome-mv3', small, BASE_ROWS));
    results.push(await measure('baseline', BASE_EXTENSION, small, BASE_ROWS));
  }
  for (const r of results) {
    console.log(
      `${r.label.padEnd(14)} ${String(r.rows).padStart(8)} rows  ${r.seconds.toFixed(1)} s  longest task ${r.longest.toFixed(0)} ms (${r.long.length} over 200 ms${r.long.length ? `: ${r.long.join(', ')}` : ''})  page heap ≤ ${r.pageHeap.toFixed(0)} MB  worker heap ≤ ${r.workerHeap.toFixed(0)} MB  verified ${r.verified}`,
    );
  }
  const [, small, base] = results;
  if (small && base)
    console.log(
      `ratio at ${BASE_ROWS} rows: time ${(base.seconds / small.seconds).toFixed(2)}×, longest task ${(base.longest / Math.max(1, small.longest)).toFixed(0)}×, heap (page+worker) ${((base.pageHeap + base.workerHeap) / (small.pageHeap + small.workerHeap)).toFixed(1)}×`,
    );
} finally {
  await rm(work, { recursive: true, force: true });
}
