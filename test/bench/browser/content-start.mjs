// What a seller tab pays for the extension, per fixture page (issue 29): the extension's script bytes the page
// evaluates, long tasks (> 50 ms) on the page's main thread at start and on a route change, the extension's CPU per
// buyer message on chat pages, and the JS heap of the tab after the messages — beside the same page without the
// extension and beside a baseline build (BASELINE_DIR, e.g. the pre-change build), all in one run. Tasks and CPU come
// from Chromium's own trace (RunTask on the renderer main thread; extension time = FunctionCall/EvaluateScript/compile
// events of chrome-extension:// scripts, outermost only). THROTTLE=4 runs under CDP CPU throttling ×4.
// Usage: node test/bench/browser/content-start.mjs  (EXTENSION_DIR default .output/chrome-mv3; BASELINE_DIR optional;
// MESSAGES per chat page, default 20, at 1 per 500 ms; PAGES=a,b to pick fixture pages by name)
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITES } from '../../fixtures/serve.mjs';
import { buildsToCompare, launchBuild } from './launch-build.mjs';

const LONG_US = 50_000;
const THROTTLE = Number(process.env.THROTTLE ?? 1);
const MESSAGES = Number(process.env.MESSAGES ?? 20);
const PICK = process.env.PAGES?.split(',');
const seen = new Set();
const PAGES = FIXTURE_SITES.flatMap(({ pages }) => pages)
  .filter((p) => p.expect && !seen.has(p.url) && seen.add(p.url))
  .filter((p) => !PICK || PICK.includes(p.name));

const EXT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'TimerFire', 'FireIdleCallback']);

function analyse(events, url, marks, extensionDir) {
  const pagePid = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url.split('#')[0]))?.pid;
  const mainTid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pagePid && e.args.name === 'CrRendererMain')?.tid;
  const main = events.filter((e) => e.pid === pagePid && e.tid === mainTid && e.ph === 'X');
  const phase = (ts) => (ts < marks.route ? 'start' : ts < marks.messages ? 'route' : 'messages');
  const long = { start: [], route: [], messages: [] };
  for (const t of main.filter((e) => e.name === 'RunTask' && e.dur > LONG_US)) {
    long[phase(t.ts)].push(Math.round(t.dur / 1000));
    if (process.env.DEBUG) {
      const within = main.filter((e) => e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur);
      const inside = within.filter((e) => e.dur > 3000).slice(0, 12);
      // Nothing big inside: what its many small events add up to, by name (and script URL tail).
      if (inside.length === 0) {
        const sums = new Map();
        for (const e of within) {
          const key = `${e.name} ${String(e.args?.data?.url ?? '').slice(-24)}`.trim();
          sums.set(key, (sums.get(key) ?? 0) + e.dur);
        }
        const top = [...sums].sort((a, b) => b[1] - a[1]).slice(0, 6);
        console.log(`  ${phase(t.ts)} task ${Math.round(t.dur / 1000)} ms, small events: ${top.map(([k, d]) => `${k} ${(d / 1000).toFixed(1)}`).join(' | ')} (${within.length} events)`);
        continue;
      }
      console.log(
        `  ${phase(t.ts)} task ${Math.round(t.dur / 1000)} ms:`,
        inside
          .map((e) => {
            // A layout's share of the page: objects it had to lay out of those in the tree.
            const objects = e.name === 'Layout' && e.args?.beginData ? `${e.args.beginData.dirtyObjects}/${e.args.beginData.totalObjects} objects` : '';
            const d = e.args?.data;
            const where = d?.functionName !== undefined ? `${d.functionName}@${d.lineNumber}` : String(d?.url ?? '').slice(-30);
            return `${e.name} ${Math.round(e.dur / 1000)} ${objects || where}`;
          })
          .join(' | '),
      );
    }
  }
  const longest = { start: 0, route: 0, messages: 0 };
  for (const t of main.filter((e) => e.name === 'RunTask')) longest[phase(t.ts)] = Math.max(longest[phase(t.ts)], t.dur / 1000);
  // Extension time: outermost script events whose URL is the extension's.
  const ext = main
    .filter((e) => EXT_EVENTS.has(e.name) && String(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? '').startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  const cpu = { start: 0, route: 0, messages: 0 };
  let end = 0;
  for (const e of ext) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    cpu[phase(e.ts)] += e.dur / 1000;
  }
  // From the extension's first script on: the page's own first layout (before it, and without the extension too) is not
  // the extension's; what runs after it is counted as the extension's, whoever ran it.
  const firstExt = ext[0]?.ts ?? Infinity;
  const tasksAfter = main.filter((e) => e.name === 'RunTask' && e.ts >= firstExt && phase(e.ts) !== 'messages');
  const after = { long: tasksAfter.filter((t) => t.dur > LONG_US).length, longest: Math.max(0, ...tasksAfter.map((t) => t.dur / 1000)) };
  const scripts = new Set(ext.filter((e) => e.name === 'EvaluateScript').map((e) => new URL(e.args.data.url).pathname));
  const bytes = [...scripts].reduce((n, path) => n + (extensionDir ? statSync(join(extensionDir, path)).size : 0), 0);
  return { long, longest, after, cpu, bytes, scripts: [...scripts] };
}

async function runBuild(dir) {
  const { context, extensionDir, close } = await launchBuild(dir, 'kefu-start-');
  const results = [];
  for (const fixture of PAGES) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((ok) => cdp.on('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
    const t0 = Date.now();
    await page.goto(fixture.url);
    if (dir) await page.waitForSelector('html[data-kefu-ready]', { timeout: 20_000 * THROTTLE }).catch(() => {});
    const readyMs = Date.now() - t0;
    await page.waitForTimeout(1500);
    // A route change the same adapter reads (the app pushes its history): re-read in place.
    const marks = {};
    marks.route = await page.evaluate(() => {
      console.timeStamp('kefu-route');
      history.pushState({}, '', `${location.pathname}${location.search ? `${location.search}&` : '?'}kefuBench=1${location.hash}`);
      return performance.timeOrigin + performance.now();
    });
    await page.waitForTimeout(1500);
    const canReceive = await page.evaluate(() => typeof window.__host?.receive === 'function');
    marks.messages = await page.evaluate(() => performance.timeOrigin + performance.now());
    let sent = 0;
    if (canReceive) {
      for (let i = 0; i < MESSAGES; i++, sent++) {
        await page.evaluate((n) => window.__host.receive(`第${n}次问：我的快递怎么还没到，能不能退货`), i);
        await page.waitForTimeout(500);
      }
      await page.waitForTimeout(1000);
    }
    const heap = await cdp.send('Runtime.getHeapUsage').catch(() => undefined);
    await cdp.send('Tracing.end');
    await complete;
    // Trace timestamps are µs on the trace clock: place the marks by the console.timeStamp events.
    const routeTs = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'kefu-route')?.ts ?? Infinity;
    const msgTs = routeTs === Infinity ? Infinity : routeTs + (marks.messages - marks.route) * 1000;
    const r = analyse(events, fixture.url, { route: routeTs, messages: msgTs }, extensionDir);
    results.push({ name: fixture.name, readyMs, sent, heapMB: heap ? heap.usedSize / 1048576 : undefined, ...r });
    await page.close();
  }
  await close();
  return results;
}

const builds = buildsToCompare();
const all = [];
for (const [label, dir] of builds) all.push([label, await runBuild(dir)]);

const f = (n) => (n === undefined ? '—' : n.toFixed(0));
console.log(`\nper fixture page, CPU throttling ×${THROTTLE}; long = RunTask > 50 ms on the page's main thread; ext = the extension's own script time`);
console.log(
  "columns per build: kB of extension script evaluated | long tasks start/route | longest task start/route ms | from the extension's first script on: long tasks, longest ms | extension ms at start | extension ms per buyer message | JS heap MB after",
);
console.log('page'.padEnd(26) + all.map(([label]) => label.slice(0, 50).padEnd(52)).join(''));
for (const [i, page] of PAGES.entries()) {
  const cells = all.map(([, rs]) => {
    const r = rs[i];
    const perMsg = r.sent ? (r.cpu.messages / r.sent).toFixed(1) : '—';
    return `${f(r.bytes / 1024).padStart(4)} | ${String(r.long.start.length)}/${r.long.route.length} | ${f(r.longest.start)}/${f(r.longest.route)} | ${r.after.long}, ${f(r.after.longest)} | ${f(r.cpu.start)} | ${perMsg} | ${r.heapMB?.toFixed(1) ?? '—'}`.padEnd(
      52,
    );
  });
  console.log(page.name.padEnd(26) + cells.join(''));
}
for (const [label, rs] of all) {
  const maxStart = Math.max(...rs.map((r) => r.longest.start));
  const maxRoute = Math.max(...rs.map((r) => r.longest.route));
  const longCount = rs.reduce((n, r) => n + r.long.start.length + r.long.route.length, 0);
  const perMsg = rs.filter((r) => r.sent).map((r) => r.cpu.messages / r.sent);
  const afterCount = rs.reduce((n, r) => n + r.after.long, 0);
  const afterLongest = Math.max(...rs.map((r) => r.after.longest));
  const afterNone = rs.filter((r) => r.after.long === 0).length;
  console.log(
    `${label}: longest task at start ${maxStart.toFixed(0)} ms, on a route change ${maxRoute.toFixed(0)} ms, ${longCount} long tasks at start/route over ${rs.length} pages; from the extension's first script on ${afterCount} long tasks (${afterNone} pages with none), longest ${afterLongest.toFixed(0)} ms; ext CPU per buyer message median ${perMsg.length ? perMsg.sort((a, b) => a - b)[Math.floor(perMsg.length / 2)].toFixed(1) : '—'} ms`,
  );
}
