import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startClickHouse, USERS, type RunningClickHouse } from '../support/clickhouse.mjs';
import { actionSchema, type Action, type QaResults } from '../../utils/model';
import { conversationKey } from '../../utils/qa/conversation-key';
import { encodeConnection } from '../../utils/team-sync/connection';
import { jsonEachRow } from '../../utils/team-sync/rows';
import { teamTablesDdl } from '../../utils/team-sync/setup-sql';
import { becomeLead, expect, openSellerPage, panel, serviceWorker, test, unlockDashboard, waitForActions } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
type Host = { receive: (text: string) => void; switchTo: (uid: string, nick: string) => void };
let server: RunningClickHouse;

/** Another agent's day on Douyin, as their device pushed it: three scored conversations, one with a failed greeting. */
function otherAgentRows(): Action[] {
  const at0 = Date.now() - 3_600_000;
  let seq = 0;
  return [0, 1, 2].flatMap((c) => {
    const buyer = { site: 'douyin', shop: '鲜果小铺', nick: `抖音买家${c}` };
    const key = conversationKey('douyin', { nick: buyer.nick }, at0)!;
    const results: QaResults = { greeting: c === 0 ? 'fail' : 'pass', onTime: 'pass', personal: 'pass', guardClean: 'pass', closing: 'pass' };
    const row = (kind: string, at: number, payload: unknown) =>
      actionSchema.parse({
        id: crypto.randomUUID(),
        deviceId: 'device-douyin-2048',
        seq: seq++,
        at,
        kind,
        payload,
        site: 'douyin',
        buyer,
        agent: { name: '李四', staffId: '2048', role: 'agent', shop: '鲜果小铺' },
        prevHash: '0'.repeat(64),
        hash: '1'.repeat(64),
      });
    return [
      row('qa.scored', at0 + c * 1000, { conversation: key, scope: 'reply', results }),
      row('qa.scored', at0 + c * 1000 + 500, { conversation: key, scope: 'round', results: { noUnanswered: 'pass' } }),
    ];
  });
}

test.beforeAll(async () => {
  server = await startClickHouse();
  await server.query('CREATE DATABASE IF NOT EXISTS kefu');
  for (const ddl of teamTablesDdl('kefu', { stampUser: false, lowCardinality: false, ttl: false })) await server.query(ddl); // Debian's 18.16
  await server.query('INSERT INTO kefu.actions FORMAT JSONEachRow', jsonEachRow(otherAgentRows()));
});
test.afterAll(async () => server?.stop());

const onServer = async (where: string) => Number((await server.query(`SELECT count() FROM (SELECT 1 FROM kefu.actions WHERE ${where} LIMIT 1 BY device_id, seq)`)).trim());

async function connectSync(context: BrowserContext) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL((await serviceWorker(context)).url()).host}/popup.html`);
  await popup.getByTestId('sync-code').fill(encodeConnection({ url: server.url, user: USERS.agentA.user, password: USERS.agentA.password, database: 'kefu' }));
  await popup.getByTestId('sync-connect').click();
  await expect(popup.getByTestId('sync-message')).toContainText('已连接（ClickHouse 18.16');
  return popup;
}

async function saveDownload(page: Page, testId: string) {
  const download = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const path = join(tmpdir(), `kefu-team-qa-${Date.now()}.csv`);
  await (await download).saveAs(path);
  return readFileSync(path, 'utf8');
}

test('the QA board on the team’s ClickHouse: categories folded by the server, platform filter, a lead override pushed as qa.overridden, export', async ({ context, page, extensionId }) => {
  test.setTimeout(120_000);
  await becomeLead(context);
  const popup = await connectSync(context);

  // A conversation on the chat page: scored on the device, pushed to the team server.
  await openSellerPage(page, PDD_CHAT);
  const host = (window: Page) => ({
    receive: (text: string) => window.evaluate((t) => (globalThis as unknown as { __host: Host }).__host.receive(t), text),
    switchTo: (uid: string, nick: string) => window.evaluate(([u, n]) => (globalThis as unknown as { __host: Host }).__host.switchTo(u!, n!), [uid, nick]),
  });
  await host(page).receive('收到的杯子碎了，不处理我就给差评');
  await expect(panel(page).getByTestId('kefu-qa-risk')).toHaveAttribute('data-risk', 'review');
  await page.locator('#replyTextarea').fill('您好，非常抱歉给您添麻烦了，马上给您补发一个新杯子，还有什么可以帮您的吗？');
  await page.locator('.reply-box .send-btn').click();
  await host(page).switchTo('77700001', 'n***2');
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'qa.scored' && (a.payload as { scope: string }).scope === 'round'));
  const key = (rows.find((a) => a.kind === 'qa.scored')!.payload as { conversation: string }).conversation;
  const device = rows[0]!.deviceId;
  await popup.getByTestId('sync-now').click();
  await expect.poll(() => onServer(`device_id = '${device}' AND kind = 'qa.scored'`), { timeout: 30_000 }).toBe(2);

  // The lead reads the team log: the same categories the device judged, and the other agent's Douyin day beside them.
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(dash);
  await dash.getByRole('tab', { name: '团队同步' }).click();
  await dash.getByTestId('team-read-code').fill(encodeConnection({ url: server.url, user: USERS.lead.user, password: USERS.lead.password, database: 'kefu' }));
  await dash.getByTestId('team-read-connect').click();
  await expect(dash.getByTestId('team-read')).toContainText('已连接团队库（ClickHouse 18.16');
  await dash.getByRole('tab', { name: '质检' }).click();
  await dash.getByTestId('dash-source').selectOption('team');
  await expect(dash.getByTestId('qa-board')).toHaveAttribute('data-source', 'team');
  await expect(dash.getByTestId('team-not-here')).toHaveCount(0);
  const conv = dash.getByTestId('qa-conversations').locator(`tr[data-conversation="${key}"]`);
  await expect(conv.locator('td[data-category="apology"]')).toHaveAttribute('data-result', 'pass');
  await expect(conv.locator('td[data-category="closing"]')).toHaveAttribute('data-result', 'pass');
  await expect(conv.locator('td[data-category="noUnanswered"]')).toHaveAttribute('data-result', 'pass');
  // A 差评 threat with no case opened: the server's SQL fails the case rule, as the device's fold does.
  await expect(conv.locator('td[data-category="caseOpened"]')).toHaveAttribute('data-result', 'fail');
  const days = dash.getByTestId('qa-agent-days');
  await expect(days.locator('tr[data-agent="1024"]')).toHaveCount(1);
  await expect(days.locator('tr[data-agent="2048"]')).toHaveCount(1);
  // 2048's day: greeting passed in two of three conversations.
  await expect(days.locator('tr[data-agent="2048"] td[data-category="greeting"]')).toHaveText('67%');
  await expect(dash.getByTestId('qa-conversations').locator('tbody tr')).toHaveCount(4);

  // Per-platform filter, answered by the server.
  await dash.getByTestId('qa-site').selectOption('douyin');
  await expect(dash.getByTestId('qa-conversations').locator('tbody tr')).toHaveCount(3);
  await expect(days.locator('tr[data-agent="1024"]')).toHaveCount(0);
  await dash.getByTestId('qa-site').selectOption('pinduoduo');
  await expect(dash.getByTestId('qa-conversations').locator('tbody tr')).toHaveCount(1);
  await expect(days.locator('tr')).toHaveCount(2); // header and 1024's day

  // The drill-down reads the conversation's rows from the server; the override is logged here like any row and pushed.
  await conv.click();
  const detail = dash.getByTestId('qa-detail');
  await expect(detail.getByTestId('qa-detail-rows').locator('li[data-kind="qa.scored"]')).toHaveCount(2);
  await detail.getByTestId('qa-override-category').selectOption('caseOpened');
  await detail.getByTestId('qa-override-result').selectOption('pass');
  await detail.getByTestId('qa-override-reason').fill('买家已电话处理，无需开单');
  await detail.getByTestId('qa-override-save').click();
  await expect(dash.getByTestId('qa-pending-sync')).toBeVisible();
  const overridden = (await waitForActions(context, (r) => r.some((a) => a.kind === 'qa.overridden'))).find((a) => a.kind === 'qa.overridden')!;
  expect(overridden.payload).toEqual({ conversation: key, category: 'caseOpened', result: 'pass', reason: '买家已电话处理，无需开单' });
  await expect.poll(() => onServer(`kind = 'qa.overridden' AND device_id = '${device}'`), { timeout: 30_000 }).toBe(1);
  await dash.getByRole('button', { name: '刷新' }).click();
  await expect(conv.locator('td[data-category="caseOpened"]')).toHaveAttribute('data-result', 'pass');
  await expect(conv.locator('td[data-category="caseOpened"]')).toContainText('*');
  await dash.getByTestId('qa-site').selectOption('pinduoduo');
  await expect(dash.getByTestId('qa-conversations').locator('tbody tr')).toHaveCount(1);
  await expect(conv.locator('td[data-category="caseOpened"]')).toContainText('*');
  await expect(dash.getByTestId('qa-calibration').locator('tr[data-category="caseOpened"] [data-testid="qa-disagree"]')).toHaveText('100%');
  await conv.click();
  await expect(detail.getByTestId('qa-detail-rows').locator('li[data-kind="qa.overridden"]')).toHaveCount(1);

  // Export from the team source: the filtered conversations, then all of them.
  const pdd = await saveDownload(dash, 'qa-export-csv');
  expect(pdd).toContain('买家抱怨时致歉');
  expect(pdd.split('\n').find((l) => l.includes('1024'))).toContain('pass*');
  expect(pdd).not.toContain('抖音买家');
  await dash.getByTestId('qa-site').selectOption('');
  const all = await saveDownload(dash, 'qa-export-csv');
  expect(all.split('\n').filter((l) => l.includes('抖音买家'))).toHaveLength(3);
  const xlsx = dash.waitForEvent('download');
  await dash.getByTestId('qa-export-xlsx').click();
  expect((await xlsx).suggestedFilename()).toMatch(/^kefu-qa-\d{4}-\d{2}-\d{2}\.xlsx$/);
});
