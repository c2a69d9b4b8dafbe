// Does a shop's 10,000-template library freeze the seller's page? A Pinduoduo chat page (fixture, real host name)
// receives 100 buyer messages at 10 per second, and every task on the page's main thread is read from Chromium's own
// trace (RunTask events of the renderer; the page's PerformanceObserver does not see tasks that run only extension
// code, which is why an earlier version of this benchmark saw nothing). Long = over 50 ms. Three runs in one go:
// without the extension, with the library stored before the page opens (read, checked and indexed at start), and
// with the library arriving while the page is open (a lead's import reaching an open tab).
// Run with `npm run bench` (after `wxt build`); TEMPLATES overrides the library size, EXTENSION_DIR the build.
import { chromium } from '@playwright/test';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, serveFixtures } from '../../fixtures/serve.mjs';

const SIZE = Number(process.env.TEMPLATES ?? 10_000);
const URL = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
const LONG_US = 50_000;
const words = ['快递', '物流', '发货', '退货', '优惠', '尺码', '地址', '质量', '颜色', '包邮', '售后', '破损'];

function library(size) {
  return Array.from({ length: size }, (_, i) => ({
    id: `shop.t${i}`,
    title: `快捷回复${i}`,
    body: `亲，关于${words[i % words.length]}的问题，第${i}号回复：我们会尽快为您处理，感谢您的耐心等待。`,
    language: 'zh-CN',
    category: ['物流查询/催发货', '售后退换', '议价', '售前咨询', '核对地址'][i % 5],
    tags: [],
    keywords: [words[i % words.length], words[(i * 7) % words.length]],
    usageCount: i % 11,
    owner: 'team',
  }));
}

/** Long tasks on the page's renderer main thread, split at the `kefu-messages` timestamp. */
function longTasks(events) {
  const pagePid = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(URL))?.pid;
  const mainTid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pagePid && e.args.name === 'CrRendererMain')?.tid;
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'kefu-messages')?.ts ?? Infinity;
  const long = events.filter((e) => e.pid === pagePid && e.tid === mainTid && e.name === 'RunTask' && e.dur > LONG_US);
  const ms = (e) => Math.round(e.dur / 1000);
  if (process.env.DEBUG)
    for (const t of long) {
      const inside = events.filter((e) => e.tid === mainTid && e.pid === pagePid && e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 5000);
      console.log(`  task ${ms(t)} ms:`, inside.map((e) => `${e.name} ${ms(e)} ${(e.args?.data?.url ?? e.args?.data?.functionName ?? '').slice(-40)}`).join(' | '));
    }
  return { atStart: long.filter((e) => e.ts < mark).map(ms), duringMessages: long.filter((e) => e.ts >= mark).map(ms) };
}

async function run(withExtension, libraryArrives) {
  const profile = await mkdtemp(join(tmpdir(), 'kefu-longtask-'));
  const extensionDir = join(profile, 'extension');
  if (withExtension) await cp(resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3'), extensionDir, { recursive: true });
  const args = withExtension ? chromiumArgs(extensionDir) : chromiumArgs(extensionDir).filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args });
  await serveFixtures(context);
  // The lead's way: the dashboard's template import (a file of SIZE templates), which stores the library as the
  // product does. LEGACY=1 writes it the way the round-2 build did (one array under `templates`) instead.
  const storeLibrary = async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (process.env.LEGACY) return worker.evaluate((templates) => chrome.storage.local.set({ templates, templates$: { v: 1 } }), library(SIZE));
    // Rules are the lead's: this profile's agent is the lead, who sets the PIN on first use and unlocks.
    await worker.evaluate(() =>
      chrome.storage.local.set({ settings: { agent: { name: '组长', staffId: '9001', role: 'lead', shop: '测试店' }, uiLanguage: 'zh-CN', sites: {}, panel: { dock: 'right', collapsed: false } } }),
    );
    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${worker.url().split('/')[2]}/dashboard.html`);
    await dashboard.getByTestId('lead-pin').fill('4821');
    await dashboard.getByTestId('lead-unlock').click();
    await dashboard.getByRole('tab', { name: '规则设置' }).click();
    const file = join(profile, 'library.json');
    await writeFile(file, JSON.stringify({ format: 'kefu-assist/templates', version: 1, exportedAt: new Date().toISOString(), templates: library(SIZE) }));
    await dashboard.getByTestId('rules-templates-file').setInputFiles(file);
    await dashboard.getByTestId('rules-templates-confirm').click({ timeout: 60_000 });
    await dashboard
      .getByTestId('rules-templates-status')
      .filter({ hasText: String(SIZE) })
      .waitFor({ timeout: 60_000 });
    await dashboard.close();
  };
  if (withExtension && libraryArrives === 'before') await storeLibrary();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((ok) => cdp.on('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(URL);
  if (withExtension) await page.waitForSelector('html[data-kefu-ready]');
  await page.waitForTimeout(500);
  await page.evaluate(() => console.timeStamp('kefu-messages'));
  if (withExtension && libraryArrives === 'during') await storeLibrary();
  for (let i = 0; i < 100; i++) {
    await page.evaluate((n) => window.__host.receive(`第${n}次问：我的快递怎么还没到，能不能退货`), i);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await complete;
  if (withExtension) {
    const worker = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
    const shown = await worker.evaluate(
      () =>
        new Promise((ok) => {
          const open = indexedDB.open('kefu-assist');
          open.onsuccess = () => {
            const req = open.result.transaction('actions').objectStore('actions').index('kind').getAll('suggestion.shown');
            req.onsuccess = () => ok(req.result.map((r) => r.payload.templateIds));
          };
        }),
    );
    const fromLibrary = shown.filter((ids) => ids.some((id) => String(id).startsWith('shop.t'))).length;
    console.log(`  (library ${libraryArrives} opening: ${shown.length} suggestion sets shown, ${fromLibrary} with templates of the stored library)`);
    if (fromLibrary === 0) throw new Error('the stored library never reached the suggestions: the measurement would be meaningless');
  }
  await context.close();
  await rm(profile, { recursive: true, force: true });
  return longTasks(events);
}

const without = await run(false);
const before = await run(true, 'before');
const during = await run(true, 'during');
const describe = (t) => `${t.length} long${t.length ? ` (max ${Math.max(...t)} ms, total ${t.reduce((a, b) => a + b, 0)} ms)` : ''}`;
const line = (r) => `page start ${describe(r.atStart)}; during the 100 messages ${describe(r.duringMessages)}`;
console.log(`\nlong tasks (> 50 ms) on the page's main thread, chat page receiving 100 buyer messages at 10/s, library of ${SIZE.toLocaleString()} templates`);
console.log(`  without the extension:                   ${line(without)}`);
console.log(`  with it, library stored before opening:  ${line(before)}`);
console.log(`  with it, library arriving while open:    ${line(during)}`);
