import { chromium, test as base } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyChain } from '../../utils/log/hash-chain';
import type { Action } from '../../utils/model';
import { chromiumArgs, serveFixtures } from '../fixtures/serve.mjs';
import { EXTENSION_DIR, expect, openSellerPage, panel, waitForActions } from './fixtures';

const mounted = (dir: string) => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};

/** Fills what is left of the file system at `dir`, returning the filler's path. */
async function fillDisk(dir: string): Promise<string> {
  const filler = join(dir, 'filler.bin');
  const chunk = Buffer.alloc(64 * 1024, 1);
  const { open } = await import('node:fs/promises');
  const handle = await open(filler, 'w');
  try {
    for (;;) await handle.write(chunk);
  } catch {
    // ENOSPC: the disk is full.
  } finally {
    await handle.close().catch(() => {});
  }
  return filler;
}

// Run on its own after the other specs (`@alone`, see package.json's test:e2e): with another browser filling the
// machine beside it, the worker's first failed write can come back as a closed database rather than a quota error.
// Chrome may also abort the first write with no quota error at all ("The transaction was aborted"); the worker then
// reads the database that cannot reopen as the full disk (`diskFullWatch`, utils/log/log-problem.ts).

base('@alone after the disk fills, logging says "storage full" and resumes once space returns, each action stored once with the chain intact', async () => {
  base.setTimeout(90_000);
  const profile = await mkdtemp(join(tmpdir(), 'kefu-fulldisk-'));
  const idb = join(profile, 'Default', 'IndexedDB');
  await mkdir(idb, { recursive: true });
  base.skip(!mounted(idb), 'mounting a small tmpfs under the profile needs root (CI runs as root)');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(EXTENSION_DIR),
  });
  try {
    await serveFixtures(context);
    const page = await context.newPage();
    await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
    await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));

    const filler = await fillDisk(idb);
    const toggle = panel(page).getByTestId('kefu-collapse');
    const clicks = 30;
    for (let i = 0; i < clicks; i++) await toggle.click();
    await expect(panel(page).getByTestId('kefu-log-problem')).toContainText('浏览器存储已满', { timeout: 20_000 });
    await page.waitForTimeout(2000);
    await expect(panel(page).getByTestId('kefu-log-problem'), 'still full: the reopen attempts must keep saying so').toContainText('浏览器存储已满');

    execFileSync('mount', ['-o', 'remount,size=64m', idb]);
    await rm(filler, { force: true });
    const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'panel.toggled').length >= clicks, 60_000);
    const toggles = rows.filter((a) => a.kind === 'panel.toggled');
    expect(toggles).toHaveLength(clicks);
    expect(new Set(rows.map((a) => a.id)).size).toBe(rows.length);
    expect(verifyChain(rows as unknown as Action[])).toEqual([]);
    await expect(panel(page).getByTestId('kefu-log-problem')).toBeHidden({ timeout: 20_000 });
  } finally {
    await context.close();
    execFileSync('umount', ['-l', idb], { stdio: 'pipe' });
    await rm(profile, { recursive: true, force: true });
  }
});
