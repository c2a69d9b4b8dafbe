// A seller tab left open for a shift's stretch (issue 29): buyer messages at a steady pace for MINUTES, the tab's JS
// heap after a forced GC once a minute (CDP Runtime.getHeapUsage: the page's world and the extension's isolated world
// share one isolate) and the script time per buyer message (CDP Performance.getMetrics ScriptDuration, all scripts of
// the tab). The same pages run without the extension, with a baseline build (BASELINE_DIR) and with this build, all at
// once, so the machine's load falls on every column alike; the extension's share is its column minus "without".
// Usage: MINUTES=10 PER_MIN=10 PAGES=pinduoduo-chat,douyin-chat BASELINE_DIR=… node test/bench/browser/tab-soak.mjs
import { FIXTURE_SITES } from '../../fixtures/serve.mjs';
import { buildsToCompare, launchBuild } from './launch-build.mjs';

const MINUTES = Number(process.env.MINUTES ?? 10);
const PER_MIN = Number(process.env.PER_MIN ?? 10);
const PICK = (process.env.PAGES ?? 'pinduoduo-chat,douyin-chat').split(',');
const PAGES = PICK.map((name) => FIXTURE_SITES.flatMap(({ pages }) => pages).find((p) => p.name === name)).filter(Boolean);

const metric = async (cdp, name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
}

async function soakPage(context, fixture, withExtension) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(fixture.url);
  if (withExtension) await page.waitForSelector('html[data-kefu-ready]', { timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(3000);
  const heap = [await heapAfterGc(cdp)];
  const scriptStart = await metric(cdp, 'ScriptDuration');
  const every = 60_000 / PER_MIN;
  let sent = 0;
  for (let minute = 1; minute <= MINUTES; minute++) {
    for (let i = 0; i < PER_MIN; i++, sent++) {
      const started = Date.now();
      await page.evaluate((n) => window.__host.receive(`第${n}位买家：快递什么时候到？能不能换大一码`), sent);
      await page.waitForTimeout(Math.max(0, every - (Date.now() - started)));
    }
    heap.push(await heapAfterGc(cdp));
  }
  const scriptMs = ((await metric(cdp, 'ScriptDuration')) - scriptStart) * 1000;
  await page.close();
  return { name: fixture.name, sent, heap, scriptMsPerMessage: scriptMs / sent };
}

async function runBuild(dir) {
  const { context, close } = await launchBuild(dir, 'kefu-soak-');
  // The pages of one build run side by side, as an agent's tabs do.
  const results = await Promise.all(PAGES.map((fixture) => soakPage(context, fixture, !!dir)));
  await close();
  return results;
}

const builds = buildsToCompare();
const started = Date.now();
const all = await Promise.all(builds.map(async ([label, dir]) => [label, await runBuild(dir)]));

console.log(`\n${MINUTES} min at ${PER_MIN} buyer messages/min per page, all builds at once (${((Date.now() - started) / 60_000).toFixed(1)} min wall)`);
console.log('per page and build: tab heap MB after GC at start → after each minute; script ms per buyer message (whole tab)');
const [, without] = all[0];
for (const [i, fixture] of PAGES.entries()) {
  for (const [label, rs] of all) {
    const r = rs[i];
    const own = label === all[0][0] ? '' : ` (extension: +${(r.heap.at(-1) - without[i].heap.at(-1)).toFixed(1)} MB, +${(r.scriptMsPerMessage - without[i].scriptMsPerMessage).toFixed(1)} ms/message)`;
    console.log(`${fixture.name.padEnd(18)} ${label.slice(0, 40).padEnd(42)} heap ${r.heap.map((h) => h.toFixed(1)).join(' → ')} MB; ${r.scriptMsPerMessage.toFixed(1)} ms/message${own}`);
  }
}
