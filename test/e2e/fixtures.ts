import { hashPin } from '../../utils/lead/pin';
import { chromium, test as base, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, serveFixtures } from '../fixtures/serve.mjs';

/** The e2e build (`wxt build --mode e2e`): the production build with the panel's shadow root open to Playwright. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
/** The production build, closed shadow root and all: for the tests of what a hostile page can and cannot do. */
export const PRODUCTION_EXTENSION_DIR = resolve('.output/chrome-mv3');

export const test = base.extend<{ context: BrowserContext; extensionId: string; extensionDir: string }>({
  extensionDir: EXTENSION_DIR,
  context: async ({ extensionDir }, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'kefu-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: chromiumArgs(extensionDir),
    });
    await serveFixtures(context);
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorker(context);
    await use(new URL(worker.url()).host);
  },
});
export const expect = test.expect;

/** The extension's worker, waiting for it to (re)start when the list is empty or stale. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const live = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
  return live.at(-1) ?? (await context.waitForEvent('serviceworker'));
}

export interface StoredAction {
  id: string;
  deviceId: string;
  seq: number;
  kind: string;
  payload: Record<string, unknown>;
  site?: string;
  buyer?: { site: string; shop: string; buyerId?: string; nick?: string };
  orderNo?: string;
  agent?: { staffId: string };
  hash: string;
  prevHash: string;
}

/**
 * Every logged action, read straight from IndexedDB in the extension's origin: inside its service worker, or in an
 * extension page when given one (a worker that tests keep stopping can leave Playwright holding a dead handle).
 */
export async function readActions(context: BrowserContext, extensionPage?: Page): Promise<StoredAction[]> {
  const target: Pick<Page, 'evaluate'> = extensionPage ?? ((await serviceWorker(context)) as unknown as Pick<Page, 'evaluate'>);
  const rows = await target.evaluate(
    () =>
      new Promise<unknown[]>((resolveRows, reject) => {
        const open = indexedDB.open('kefu-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('actions')) return resolveRows([]);
          const request = db.transaction('actions').objectStore('actions').getAll();
          request.onsuccess = () => {
            db.close();
            resolveRows(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  // Drop the index-only copies (buyerKey, agentStaffId) so rows read exactly as they were hashed.
  return (rows as (StoredAction & { buyerKey?: string; agentStaffId?: string; buyerNickKey?: string })[])
    .map(({ buyerKey: _b, agentStaffId: _a, buyerNickKey: _n, ...row }) => row)
    .sort((a, b) => a.seq - b.seq);
}

/** Polls the log until `predicate` holds (actions travel through a queue, so they land a moment later). */
export async function waitForActions(context: BrowserContext, predicate: (rows: StoredAction[]) => boolean, timeoutMs = 10_000, extensionPage?: Page): Promise<StoredAction[]> {
  const deadline = Date.now() + timeoutMs;
  let rows: StoredAction[] = [];
  while (Date.now() < deadline) {
    rows = await readActions(context, extensionPage);
    if (predicate(rows)) return rows;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`actions never matched; last seen kinds: ${rows.map((r) => r.kind).join(', ')}`);
}

/** Waits until the content script has mounted the panel. */
export async function openSellerPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-kefu-ready]');
}

export function panel(page: Page) {
  return page.locator('kefu-panel').locator('[data-testid="kefu-panel"]');
}

/** A text field of the panel (components/panel/SecureField.tsx): the input inside its extension-page iframe. */
export function panelField(scope: Locator | Page, testId: string): Locator {
  return scope.locator(`iframe[data-testid="${testId}"]`).contentFrame().locator('input');
}

type ExtensionStorage = { local: { set: (items: object) => Promise<void>; get: (keys: string[] | null) => Promise<Record<string, any>> } };

/** Reads raw values from the extension's storage.local (WXT keeps an item's version under `<key>$`). */
export async function readExtensionStorage(context: BrowserContext, keys: string[] | null): Promise<Record<string, any>> {
  const worker = await serviceWorker(context);
  return worker.evaluate((k) => (globalThis as unknown as { chrome: { storage: ExtensionStorage } }).chrome.storage.local.get(k), keys);
}

/** Writes raw values into the extension's storage.local, as an older build left them. */
export async function writeExtensionStorage(context: BrowserContext, values: Record<string, unknown>): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate((v) => (globalThis as unknown as { chrome: { storage: ExtensionStorage } }).chrome.storage.local.set(v), values);
}

/** Writes a value into the extension's storage (`local:<key>` in WXT terms), as the popup or dashboard would. */
export async function setExtensionStorage(context: BrowserContext, key: string, value: unknown): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(([k, v]) => (globalThis as unknown as { chrome: { storage: { local: { set: (items: object) => Promise<void> } } } }).chrome.storage.local.set({ [k as string]: v }), [
    key,
    value,
  ] as const);
}

export const TEST_AGENT = { name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' } as const;
export const settingsWith = (agent: Record<string, string> = TEST_AGENT) => ({
  agent,
  uiLanguage: 'zh-CN',
  sites: { pinduoduo: true, douyin: true },
  panel: { dock: 'right', collapsed: false },
});

/** The lead PIN the tests set (its salted hash is what the extension stores). */
export const LEAD_PIN = '4821-kefu';

/** This browser's agent becomes the shop's lead, with the lead PIN already chosen. */
export async function becomeLead(context: BrowserContext, extra: Record<string, unknown> = {}): Promise<void> {
  await setExtensionStorage(context, 'settings', { ...settingsWith({ ...TEST_AGENT, role: 'lead' }), ...extra });
  await setExtensionStorage(context, 'leadLock', { pin: await hashPin(LEAD_PIN, 20_000) });
}

/** Unlocks an open dashboard page with the lead PIN (rules become editable, every agent's rows show). */
export async function unlockDashboard(page: Page): Promise<void> {
  await page.getByTestId('lead-pin').fill(LEAD_PIN);
  await page.getByTestId('lead-unlock').click();
  await expect(page.getByTestId('lead-gate')).toHaveAttribute('data-state', 'unlocked');
}

/** Opens the dashboard in this page, unlocks it with the lead PIN and goes to the Rules tab (after becomeLead). */
export async function openRules(page: Page): Promise<void> {
  const extensionId = new URL((await serviceWorker(page.context())).url()).host;
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(page);
  await page.getByRole('tab', { name: '规则设置' }).click();
}
