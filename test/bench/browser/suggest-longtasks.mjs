// Does a shop's 10,000-template library freeze the seller's page? A Pinduoduo chat page (fixture, real host name)
// receives 100 buyer messages at 10 per second; the page's own PerformanceObserver counts long tasks (> 50 ms) —
// once with the extension (its library stored: loading, parsing and indexing included) and once without it.
// Run with `npm run bench` (after `wxt build`); TEMPLATES overrides the library size.
import { chromium } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, serveFixtures } from '../../fixtures/serve.mjs';

const SIZE = Number(process.env.TEMPLATES ?? 10_000);
const URL = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
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

async function run(withExtension) {
  const profile = await mkdtemp(join(tmpdir(), 'kefu-longtask-'));
  const extensionDir = join(profile, 'extension');
  if (withExtension) await cp(resolve('.output/chrome-mv3'), extensionDir, { recursive: true });
  const args = withExtension ? chromiumArgs(extensionDir) : chromiumArgs(extensionDir).filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args });
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(URL);
  if (withExtension) await page.waitForSelector('html[data-kefu-ready]');
  // From the moment the panel is up. The library then arrives (a lead's import reaching an open page): it is read,
  // checked and indexed while the messages come in. (The content script's own start — evaluating its bundle and
  // mounting React — is one task before this, library or not.)
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
  });
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate((templates) => chrome.storage.local.set({ templates, templates$: { v: 1 } }), library(SIZE));
  }
  for (let i = 0; i < 100; i++) {
    await page.evaluate((n) => window.__host.receive(`第${n}次问：我的快递怎么还没到，能不能退货`), i);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1500);
  const tasks = await page.evaluate(() => window.__longTasks);
  if (withExtension) {
    const worker = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
    const shown = await worker.evaluate(() => new Promise((ok) => {
      const open = indexedDB.open('kefu-assist');
      open.onsuccess = () => {
        const req = open.result.transaction('actions').objectStore('actions').index('kind').getAll('suggestion.shown');
        req.onsuccess = () => ok(req.result.map((r) => r.payload.templateIds[0]));
      };
    }));
    const fromLibrary = shown.filter((id) => String(id).startsWith('shop.t')).length;
    console.log(`  (with the extension: ${shown.length} suggestion sets shown, ${fromLibrary} led by the stored library)`);
    if (fromLibrary === 0) throw new Error('the stored library never reached the suggestions: the measurement would be meaningless');
  }
  await context.close();
  await rm(profile, { recursive: true, force: true });
  return tasks;
}

const without = await run(false);
const withExt = await run(true);
const describe = (t) => `${t.length} long tasks${t.length ? ` (max ${Math.max(...t)} ms, total ${t.reduce((a, b) => a + b, 0)} ms)` : ''}`;
console.log(`\nlong tasks on a chat page receiving 100 buyer messages at 10/s, library of ${SIZE.toLocaleString()} templates`);
console.log(`  without the extension: ${describe(without)}`);
console.log(`  with the extension:    ${describe(withExt)}`);
