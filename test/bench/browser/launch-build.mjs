// One browser for a benchmark run: a copy of a build's extension (or none) in a fresh profile, the fixture sites
// served at their real host names, and an agent signed in so the panel opens.
import { chromium } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, serveFixtures } from '../../fixtures/serve.mjs';

/** Launches Chromium with the extension at `dir` (undefined: without the extension); `close()` also removes the profile. */
export async function launchBuild(dir, prefix = 'kefu-bench-') {
  const profile = await mkdtemp(join(tmpdir(), prefix));
  const extensionDir = dir && join(profile, 'extension');
  if (dir) await cp(resolve(dir), extensionDir, { recursive: true });
  const args = dir ? chromiumArgs(extensionDir) : chromiumArgs(join(profile, 'none')).filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args });
  await serveFixtures(context);
  if (dir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() => chrome.storage.local.set({ settings: { agent: { name: '测试', staffId: '1001' }, uiLanguage: 'zh-CN', sites: {}, panel: { dock: 'right', collapsed: false } } }));
  }
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { context, extensionDir, close };
}

/** The builds a comparison runs: without the extension, the baseline (BASELINE_DIR) if given, and this build (EXTENSION_DIR). */
export function buildsToCompare() {
  const own = process.env.EXTENSION_DIR ?? '.output/chrome-mv3';
  return [['without the extension', undefined], ...(process.env.BASELINE_DIR ? [[`baseline (${process.env.BASELINE_DIR})`, process.env.BASELINE_DIR]] : []), [`this build (${own})`, own]];
}
