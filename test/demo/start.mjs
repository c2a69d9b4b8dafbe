// `npm start`: opens Chromium with the built extension on the bundled demo seller pages, served at their
// real host names. With a display it stays open for you to use; without one (or with --headless) it runs
// headless and saves a screenshot of each page, panel included, into demo-screenshots/.
import { chromium } from '@playwright/test';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, DEMO_PAGES, serveFixtures } from '../fixtures/serve.mjs';

const extensionDir = resolve('.output/chrome-mv3');
const outDir = resolve('demo-screenshots');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'kefu-demo-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: { width: 1280, height: 800 },
  args: chromiumArgs(extensionDir),
});
await serveFixtures(context);

if (headless) {
  await mkdir(outDir, { recursive: true });
  // Every demo page at the window sizes agents work at: the panel must find room (or become a rail) at each.
  const sizes = [
    { width: 1280, height: 800 },
    { width: 1024, height: 640 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ];
  for (const demo of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.waitForSelector('html[data-kefu-ready]', { timeout: 10_000 });
    for (const [i, size] of sizes.entries()) {
      await page.setViewportSize(size);
      await page.waitForTimeout(400);
      const file = join(outDir, i === 0 ? `${demo.name}.png` : `${demo.name}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      console.log(`screenshot: ${file}`);
    }
    await page.close();
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${new URL(worker.url()).host}/dashboard.html`);
  await dashboard.getByTestId('dash-count').waitFor();
  await dashboard.screenshot({ path: join(outDir, 'dashboard.png') });
  console.log(`screenshot: ${join(outDir, 'dashboard.png')}`);
  await context.close();
  console.log(`No display: ran headless. Screenshots of every demo page with the panel are in ${outDir}/`);
} else {
  for (const demo of DEMO_PAGES) await (await context.newPage()).goto(demo.url);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await (await context.newPage()).goto(`chrome-extension://${new URL(worker.url()).host}/dashboard.html`);
  console.log('Chromium is open on the demo seller pages. Close the window to stop.');
  await new Promise((done) => context.on('close', done));
}
