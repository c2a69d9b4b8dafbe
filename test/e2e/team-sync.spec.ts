import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, serveFixtures } from '../fixtures/serve.mjs';
import { startClickHouse, USERS, type RunningClickHouse } from '../support/clickhouse.mjs';
import { encodeConnection } from '../../utils/team-sync/connection';
import { teamTablesDdl } from '../../utils/team-sync/setup-sql';
import { becomeLead, EXTENSION_DIR, expect, openSellerPage, readActions, readExtensionStorage, serviceWorker, setExtensionStorage, settingsWith, test, TEST_AGENT, unlockDashboard } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
let server: RunningClickHouse;

test.beforeAll(async () => {
  server = await startClickHouse();
  await server.query('CREATE DATABASE IF NOT EXISTS kefu');
  for (const ddl of teamTablesDdl('kefu', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl); // Debian's 18.16
});
test.afterAll(async () => server?.stop());

async function connect(context: BrowserContext, who: { user: string; password: string }) {
  const worker = await serviceWorker(context);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  await popup.getByTestId('sync-code').fill(encodeConnection({ url: server.url, user: who.user, password: who.password, database: 'kefu' }));
  await popup.getByTestId('sync-connect').click();
  await expect(popup.getByTestId('sync-message')).toContainText('已连接（ClickHouse 18.16');
  return popup;
}

/** Buyer messages arriving on the chat page: each is logged (message.received, and the suggestions shown). */
async function work(page: Page, times: number) {
  await page.evaluate((n) => {
    const host = (window as unknown as { __host: { receive: (text: string) => void } }).__host;
    for (let i = 0; i < n; i++) host.receive(`第${Date.now()}-${i}次：快递到哪了`);
  }, times);
  await page.waitForTimeout(300);
}

const stored = async (deviceId: string) => Number((await server.query(`SELECT count() FROM (SELECT 1 FROM kefu.actions WHERE device_id = '${deviceId}' LIMIT 1 BY device_id, seq)`)).trim());
const storedRaw = async (deviceId: string) => Number((await server.query(`SELECT count() FROM kefu.actions WHERE device_id = '${deviceId}'`)).trim());

test('two agents’ logs reach the team server exactly once, through a stopped worker and a server outage', async ({ context, page }) => {
  test.setTimeout(120_000);
  // Agent A: this test's browser. Agent B: a second profile.
  await setExtensionStorage(context, 'settings', settingsWith());
  const profileB = await mkdtemp(join(tmpdir(), 'kefu-e2e-b-'));
  const contextB = await chromium.launchPersistentContext(profileB, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs(EXTENSION_DIR) });
  try {
    await serveFixtures(contextB);
    await setExtensionStorage(contextB, 'settings', settingsWith({ ...TEST_AGENT, name: '李四', staffId: '2048' }));
    const popupA = await connect(context, USERS.agentA);
    await connect(contextB, USERS.agentB);

    await openSellerPage(page, PDD_CHAT);
    const pageB = await contextB.newPage();
    await openSellerPage(pageB, PDD_CHAT);
    await work(page, 6);
    await work(pageB, 4);

    // The worker is stopped in the middle of pushing A's rows; the push resumes from the acknowledged cursor.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await work(page, 10);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await work(page, 4);

    // The server goes away: A keeps logging locally and says so; back up, A catches up.
    await server.down();
    await work(page, 5);
    await popupA.reload();
    await popupA.getByTestId('sync-now').click();
    await expect(popupA.getByTestId('sync-state')).toHaveAttribute('data-error', 'unreachable', { timeout: 40_000 });
    await expect(page.locator('kefu-panel').getByTestId('kefu-sync-problem')).toBeVisible();
    await server.up();
    await popupA.getByTestId('sync-now').click();
    await expect(popupA.getByTestId('sync-state')).toHaveAttribute('data-error', '', { timeout: 30_000 });

    const rowsA = await readActions(context);
    const rowsB = await readActions(contextB);
    const deviceA = rowsA[0]!.deviceId;
    const deviceB = rowsB[0]!.deviceId;
    await expect.poll(() => stored(deviceA), { timeout: 30_000 }).toBe((await readActions(context)).length);
    await expect.poll(() => stored(deviceB), { timeout: 30_000 }).toBe((await readActions(contextB)).length);
    // The stored rows are the log's own, chain included; a replayed batch adds nothing once merged.
    const chain = (await server.query(`SELECT row FROM kefu.actions WHERE device_id = '${deviceA}' ORDER BY seq LIMIT 1 BY seq FORMAT JSONEachRow`))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(JSON.parse(l).row));
    expect(chain.map((r) => r.seq)).toEqual(chain.map((_, i) => i));
    expect(chain.slice(1).every((r, i) => r.prevHash === chain[i]!.hash)).toBe(true);
    await setExtensionStorage(context, 'teamSyncState', { sentSeq: -1, waiting: 0, failures: 0, server: server.url });
    await popupA.getByTestId('sync-now').click();
    await expect.poll(() => storedRaw(deviceA), { timeout: 30_000 }).toBeGreaterThan(chain.length);
    // Every inserted version is kept (an overwrite must stay visible); the identical copies read as one.
    expect(await stored(deviceA)).toBe(chain.length);

    // The lead's dashboard reads the team log from the server with the read-only account: every action of both
    // agents once, the chains intact, and KPIs equal to those computed from the same rows in this browser.
    await becomeLead(context);
    const total = (await readActions(context)).length + (await readActions(contextB)).length;
    await expect.poll(async () => Number((await server.query('SELECT count() FROM (SELECT 1 FROM kefu.actions LIMIT 1 BY device_id, seq)')).trim()), { timeout: 30_000 }).toBe(total);
    const dash = await context.newPage();
    await dash.goto(`chrome-extension://${new URL((await serviceWorker(context)).url()).host}/dashboard.html`);
    await unlockDashboard(dash);
    await dash.getByRole('tab', { name: '团队同步' }).click();
    await dash.getByTestId('team-read-code').fill(encodeConnection({ url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'kefu' }));
    await dash.getByTestId('team-read-connect').click();
    await expect(dash.getByTestId('team-read')).toContainText('已连接团队库（ClickHouse 18.16');
    await dash.getByRole('tab', { name: '日志' }).click();
    await dash.getByTestId('dash-source').selectOption('team');
    // Rows keep arriving from A's open page; the dashboard counts what the server holds when asked.
    const onServer = Number((await server.query('SELECT count() FROM (SELECT 1 FROM kefu.actions LIMIT 1 BY device_id, seq)')).trim());
    await dash.getByRole('button', { name: '刷新', exact: true }).click();
    await expect(dash.getByTestId('dash-count')).toHaveText(new RegExp(`团队库共 (${onServer}|${onServer + 1}|${onServer + 2}) 条`));
    await expect(dash.getByTestId('dash-row')).toHaveCount(Math.min(100, onServer));
    await dash.getByTestId('team-verify').click();
    await expect(dash.getByTestId('team-verify-status')).toContainText('2 台设备');
    // Neither device is registered yet: the lead registers both keys (their rows then count), and every chain checks.
    for (const deviceId of [deviceA, deviceB]) {
      const row = dash.locator(`[data-testid="team-device"][data-device="${deviceId}"]`);
      await expect(row).toHaveAttribute('data-status', 'unregistered');
      await row.getByTestId('team-register').click();
      await expect(row).toHaveAttribute('data-status', 'signed');
    }
    await expect(dash.getByTestId('team-verify-status')).toHaveAttribute('data-issues', '0');
    await dash.locator('select[name="staffId"]').selectOption('2048');
    const rowsOfB = await readActions(contextB);
    await expect(dash.getByTestId('dash-count')).toHaveText(`团队库共 ${rowsOfB.length} 条`);
    // The export streams from the server: B's rows exactly as B's browser holds them, chain included.
    await dash.getByTestId('dash-export').locator('select[name="format"]').selectOption('ndjson');
    const download = dash.waitForEvent('download');
    await dash.getByTestId('dash-export-start').click();
    const file = await (await download).path();
    const exported = (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(exported.map((r) => r.id).sort()).toEqual(rowsOfB.map((r) => r.id).sort());
    expect(exported.find((r) => r.seq === 3)).toEqual(rowsOfB.find((r) => r.seq === 3));

    // KPIs: agent B's from the server equal agent B's computed here from B's own rows.
    await dash.getByRole('tab', { name: '绩效指标' }).click();
    const teamKpis = await dash.getByTestId('dash-kpi-table').locator('tbody').innerText();
    await page.close();
    const local = await contextB.newPage();
    await setExtensionStorage(contextB, 'settings', settingsWith({ ...TEST_AGENT, name: '李四', staffId: '2048', role: 'lead' }));
    await setExtensionStorage(contextB, 'leadLock', (await readExtensionStorage(context, ['leadLock'])).leadLock);
    await local.goto(`chrome-extension://${new URL((await serviceWorker(contextB)).url()).host}/dashboard.html`);
    await unlockDashboard(local);
    await local.getByRole('tab', { name: '绩效指标' }).click();
    await local.locator('select[name="staffId"]').selectOption('2048');
    await expect(local.getByTestId('dash-kpi-table')).toBeVisible();
    expect(await local.getByTestId('dash-kpi-table').locator('tbody').innerText()).toBe(teamKpis);
  } finally {
    await contextB.close();
    await rm(profileB, { recursive: true, force: true });
  }
});
