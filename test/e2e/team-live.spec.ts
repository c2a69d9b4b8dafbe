import type { BrowserContext, Page } from '@playwright/test';
import { startClickHouse, USERS, type RunningClickHouse } from '../support/clickhouse.mjs';
import { hashAction } from '../../utils/log/hash-chain';
import type { Action } from '../../utils/model';
import { encodeConnection } from '../../utils/team-sync/connection';
import { teamRow } from '../../utils/team-sync/rows';
import { teamTablesDdl } from '../../utils/team-sync/setup-sql';
import { becomeLead, expect, openSellerPage, readActions, serviceWorker, setExtensionStorage, settingsWith, test, unlockDashboard } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
let server: RunningClickHouse;

test.beforeAll(async () => {
  server = await startClickHouse();
  await server.query('CREATE DATABASE IF NOT EXISTS kefu');
  for (const ddl of teamTablesDdl('kefu', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl); // Debian's 18.16
});
test.afterAll(async () => server?.stop());

async function connectAgent(context: BrowserContext) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL((await serviceWorker(context)).url()).host}/popup.html`);
  await popup.getByTestId('sync-code').fill(encodeConnection({ url: server.url, ...USERS.agentA, database: 'kefu' }));
  await popup.getByTestId('sync-connect').click();
  await expect(popup.getByTestId('sync-message')).toContainText('已连接（ClickHouse 18.16');
  await popup.close();
}

async function leadDashboard(context: BrowserContext) {
  await becomeLead(context);
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${new URL((await serviceWorker(context)).url()).host}/dashboard.html`);
  await unlockDashboard(dash);
  await dash.getByRole('tab', { name: '团队同步' }).click();
  await dash.getByTestId('team-read-code').fill(encodeConnection({ url: server.url, ...USERS.lead, database: 'kefu' }));
  await dash.getByTestId('team-read-connect').click();
  await expect(dash.getByTestId('team-read')).toContainText('已连接团队库（ClickHouse 18.16');
  return dash;
}

/** A buyer message the page stamps `minutesAgo` in the past (China time, as Pinduoduo words it). */
async function buyerWrote(page: Page, text: string, minutesAgo: number) {
  await page.evaluate(
    ([t, ago]) => {
      (window as unknown as { __host: { receive: (text: string) => void } }).__host.receive(t as string);
      const at = new Date(Date.now() - (ago as number) * 60_000 + 8 * 3_600_000);
      const p = (n: number) => String(n).padStart(2, '0');
      const stamps = document.querySelectorAll('.message-time');
      stamps[stamps.length - 1]!.textContent = `${at.getUTCFullYear()}年${p(at.getUTCMonth() + 1)}月${p(at.getUTCDate())}日 ${p(at.getUTCHours())}:${p(at.getUTCMinutes())}:${p(at.getUTCSeconds())}`;
    },
    [text, minutesAgo] as const,
  );
}

test('the live board: a chat tab’s heartbeat shows within 20 s, a buyer past the platform’s limit raises an alert', async ({ context, page }) => {
  test.setTimeout(120_000);
  await setExtensionStorage(context, 'settings', settingsWith());
  await connectAgent(context);
  const opened = Date.now();
  await openSellerPage(page, PDD_CHAT);
  // Answered: nobody waits in this tab.
  await page.evaluate(() => (window as unknown as { __host: { sentElsewhere: (text: string) => void } }).__host.sentElsewhere('您好，在的'));

  // Chromium will not let Playwright grant notifications to an extension origin: the dashboard gets a recording
  // stand-in for the browser's Notification, answering "granted", so the board's own calls are what is checked.
  await context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const shown: { title: string; body?: string }[] = [];
    class RecordingNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body });
      }
    }
    Object.assign(window, { Notification: RecordingNotification, __notifications: shown });
  });
  const dash = await leadDashboard(context);
  await dash.getByRole('tab', { name: '实时看板' }).click();
  const notify = dash.getByTestId('wallboard-notify');
  await expect(notify).toHaveText('桌面提醒已开启');
  const row = dash.getByTestId('wallboard-row').filter({ has: dash.locator('td', { hasText: '王小明' }) });
  await expect(row).toBeVisible({ timeout: Math.max(1000, 20_000 - (Date.now() - opened)) });
  await expect(row).toHaveAttribute('data-status', 'online');
  await expect(dash.getByTestId('wallboard-age')).toHaveText(/^数据 \d+ 秒前$/);
  await expect(dash.getByTestId('wallboard-totals')).toContainText('拼多多：1 人在线');
  // The saved page opens with a buyer long unanswered (that alerted); once answered, nobody waits.
  await expect(row).toHaveAttribute('data-level', 'none', { timeout: 15_000 });
  const alertsBefore = await dash.getByTestId('wallboard-alerts').locator('li').count();
  // Counted after the saved page's own alert, whose notification may land after the board first shows.
  const notifiedBefore = Number(await notify.getAttribute('data-notified'));

  // A buyer who wrote 70 minutes ago (Pinduoduo's limit is an hour): the next heartbeat carries it, the board alerts.
  await buyerWrote(page, '在吗？我的快递一直没到', 70);
  await expect(row).toHaveAttribute('data-level', 'over', { timeout: 30_000 });
  await expect(dash.getByTestId('wallboard-alerts').locator('li')).toHaveCount(alertsBefore + 1);
  const alert = dash.getByTestId('wallboard-alerts').locator('li').first();
  await expect(alert).toHaveAttribute('data-percent', '90');
  await expect(alert).toContainText('王小明（拼多多）：买家已等待 1小时10分');
  await expect(notify).toHaveAttribute('data-notified', String(notifiedBefore + 1));
  expect((await dash.evaluate(() => (window as unknown as { __notifications: { title: string; body?: string }[] }).__notifications)).at(-1)).toEqual({
    title: 'SLA 提醒',
    body: expect.stringContaining('王小明（拼多多）：买家已等待 1小时10分，达到平台时限的 90%'),
  });
  await expect(dash.getByTestId('wallboard-totals')).toContainText('1 位买家等待，1 位超时');
  // The board keeps refreshing on its own: the age stays under the refresh period plus a request.
  await dash.waitForTimeout(6000);
  expect(Number(await dash.getByTestId('wallboard-age').getAttribute('data-age'))).toBeLessThanOrEqual(7);
  const stored = Number((await server.query('SELECT count() FROM kefu.presence')).trim());
  expect(stored).toBeGreaterThanOrEqual(2);
});

test('the team log verified in the dashboard: a forged overwrite from another agent’s account is reported and kept out of the KPIs', async ({ context, page }) => {
  test.setTimeout(120_000);
  await setExtensionStorage(context, 'settings', settingsWith());
  await connectAgent(context);
  await openSellerPage(page, PDD_CHAT);
  await buyerWrote(page, '请问发货了吗', 1);
  await page.evaluate(() => (window as unknown as { __host: { sentElsewhere: (text: string) => void } }).__host.sentElsewhere('今天发'));
  await page.waitForTimeout(500);
  const mine = await readActions(context);
  const deviceId = mine[0]!.deviceId;
  await expect.poll(async () => Number((await server.query(`SELECT count() FROM kefu.checkpoints WHERE device_id = '${deviceId}'`)).trim()), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.close();

  const dash = await leadDashboard(context);
  await dash.getByRole('tab', { name: '操作日志' }).click();
  await dash.getByTestId('dash-source').selectOption('team');
  await dash.getByTestId('team-verify').click();
  const device = dash.locator(`[data-testid="team-device"][data-device="${deviceId}"]`);
  await expect(device).toHaveAttribute('data-status', 'unregistered');
  await device.getByTestId('team-register').click();
  await expect(device).toHaveAttribute('data-status', 'signed');
  await expect(dash.getByTestId('team-verify-status')).toHaveAttribute('data-issues', '0');

  // Agent B's account inserts a rehashed copy of this device's row 1: the dashboard names it and leaves it out.
  const original = (await readActions(context)).find((r) => r.seq === 1) as unknown as Action;
  const { hash: _hash, ...rest } = { ...original, at: original.at + 3_600_000 };
  const forged = { ...rest, hash: hashAction(rest as Omit<Action, 'hash'>) } as Action;
  await server.query('INSERT INTO kefu.actions FORMAT JSONEachRow', `${JSON.stringify(teamRow(forged))}\n`, USERS.agentB);
  await dash.getByTestId('team-verify').click();
  await expect(dash.getByTestId('team-issues').locator('li[data-problem="conflict"]')).toContainText(`${deviceId.slice(0, 8)} #1: 同一序号有 2 个不同版本`);
  await expect(dash.getByTestId('team-verify-status')).toHaveAttribute('data-issues', '1');
  await dash.getByRole('tab', { name: '绩效指标' }).click();
  const excluded = Number(await dash.getByTestId('team-kpi-excluded').getAttribute('data-excluded'));
  expect(excluded).toBeGreaterThanOrEqual(1);
  await expect(dash.getByTestId('dash-kpi-table')).toBeVisible();
});
