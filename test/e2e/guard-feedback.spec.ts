import { becomeLead, expect, openSellerPage, panel, setExtensionStorage, test, waitForActions, openRules } from './fixtures';

const FEIGE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const FEIGE_INPUT = 'textarea[data-qa-id="qa-send-message-textarea"]';
const FEIGE_SEND = '[data-qa-id="qa-send-message-button"]';

test('a stopped send is marked beside the host’s send button; overlapping findings are one problem; fix all, then it sends', async ({ context, page }) => {
  await openSellerPage(page, FEIGE);
  const input = page.locator(FEIGE_INPUT);
  await input.fill('加我微信 abc12345，去淘宝搜我们店更便宜，链接 https://shop123.taobao.com/x');
  await input.press('Enter');

  const marker = panel(page).locator('xpath=..').locator('[data-testid="kefu-send-marker"]');
  await expect(marker).toHaveAttribute('data-decision', 'block');
  // Right above the reply box, covering neither the send button nor the typed text; right-aligned with the send button
  // unless our panel is there, then beside it.
  const send = (await page.locator(FEIGE_SEND).boundingBox())!;
  const box = (await input.boundingBox())!;
  const mark = (await marker.boundingBox())!;
  const shown = (await panel(page).boundingBox())!;
  expect(mark.y + mark.height).toBeLessThanOrEqual(box.y);
  expect(box.y - (mark.y + mark.height)).toBeLessThan(20);
  const panelInTheWay = shown.x < send.x + send.width && shown.y + shown.height > mark.y;
  if (panelInTheWay) expect(mark.x + mark.width).toBeLessThanOrEqual(shown.x);
  else expect(Math.abs(mark.x + mark.width - (send.x + send.width))).toBeLessThan(4);

  const findings = panel(page).getByTestId('kefu-guard').locator('li');
  await expect(findings.filter({ hasText: '微信' })).toHaveCount(1);
  await expect(findings.locator('[data-rule-id="diversion.platform"], [data-rule-id="diversion.link"]')).toHaveCount(0);
  await expect(panel(page).getByTestId('kefu-guard').locator('li[data-rule-id="diversion.platform"]')).toHaveCount(1);
  await expect(panel(page).getByTestId('kefu-guard').locator('li[data-rule-id="diversion.link"]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/guard-marker.png' });

  await marker.getByTestId('kefu-marker-fix-all').click();
  await expect(input).not.toHaveValue(/微信|淘宝|https/);
  await expect(marker).toHaveCount(0);
  await input.press('Enter');
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent'));
  expect(rows.filter((a) => a.kind === 'lint.rewritten').length).toBeGreaterThanOrEqual(3);
});

test('the collapsed panel still shows the waiting timer in its colour', async ({ page }) => {
  await openSellerPage(page, FEIGE);
  await panel(page).getByTestId('kefu-collapse').click();
  await expect(panel(page).getByTestId('kefu-rail-wait')).toHaveAttribute('data-level', /ok|warn|late/);
  await expect(panel(page).getByTestId('kefu-rail-wait')).toContainText(/已等待|等待/);
});

test('a reply that left without passing the guard is linted after the fact and counted as 违规已发出', async ({ context, page, extensionId }) => {
  await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  // A guarded send first: it must not be counted again when its bubble appears.
  await page.locator('#replyTextarea').fill('您好，已为您查询，请稍等');
  await page.locator('.reply-box .send-btn').click();
  await page.evaluate(() => (window as unknown as { __host: { sentElsewhere: (t: string) => void } }).__host.sentElsewhere('加我微信 abc12345 私聊'));
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent_unguarded'));
  await page.waitForTimeout(500);
  const unguarded = (await waitForActions(context, () => true)).filter((a) => a.kind === 'message.sent_unguarded');
  expect(unguarded).toHaveLength(1);
  expect(unguarded[0]!.payload).toMatchObject({ blocking: true, ruleIds: expect.arrayContaining(['diversion.wechat']) });
  expect(rows.filter((a) => a.kind === 'message.sent')).toHaveLength(1);

  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dash.getByRole('tab', { name: '绩效指标' }).click();
  await expect(dash.getByTestId('dash-kpi-table').locator('td[data-kpi="unguarded"]').first()).toHaveText('1 / 1');
});

test('evasions are blocked on the agent’s own characters, and a lead’s own variant takes effect on open pages', async ({ context, page }) => {
  await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
  const input = page.locator('#replyTextarea');
  await input.fill('急的话打 １３８ 1234 五六七八，或者加 我 薇.信 meimei2024');
  await page.locator('.reply-box .send-btn').click();
  const guard = panel(page).getByTestId('kefu-guard');
  await expect(guard.locator('li[data-rule-id="diversion.phone"] mark')).toHaveText('１３８ 1234 五六七八');
  await expect(guard.locator('li[data-rule-id="diversion.wechat"] mark')).toHaveText('加 我 薇.信 meimei2024');
  await guard.getByTestId('kefu-guard-fix-all').click();
  await expect(input).toHaveValue('急的话打，或者');

  await becomeLead(context);
  const dash = await context.newPage();
  await openRules(dash);
  await dash.getByTestId('rules-variants').fill('蓝精灵 微信');
  await dash.getByTestId('rules-guard-save').click();
  await expect(dash.getByTestId('rules-guard').getByRole('status')).toHaveText(/已保存/);

  await input.fill('详细的加我蓝精灵说');
  await page.locator('.reply-box .send-btn').click();
  await expect(guard.locator('li[data-rule-id="diversion.wechat"] mark')).toHaveText('加我蓝精灵');
});

test('the send marker never covers the panel’s own controls, even when the panel sits where the marker would go', async ({ context, page }) => {
  await openSellerPage(page, FEIGE);
  const input = page.locator(FEIGE_INPUT);
  const send = (await page.locator(FEIGE_SEND).boundingBox())!;
  const box = (await input.boundingBox())!;
  // The agent dragged the panel right above the send button (stored per site and page kind, as a drag stores it).
  const panelBox = (await panel(page).boundingBox())!;
  await setExtensionStorage(context, 'panelPositions', {
    'douyin.chat': { left: Math.round(send.x + send.width - panelBox.width), top: Math.round(box.y - 8 - Math.min(panelBox.height, box.y - 24)) },
  });
  await page.reload();
  await page.waitForSelector('html[data-kefu-ready]');
  await input.fill('加我微信 abc12345 给你便宜，链接 https://shop123.taobao.com/x');
  await input.press('Enter');
  const marker = panel(page).locator('xpath=..').locator('[data-testid="kefu-send-marker"]');
  await expect(marker).toHaveAttribute('data-decision', 'block');
  await page.waitForTimeout(200);
  const mark = (await marker.boundingBox())!;
  const shown = (await panel(page).boundingBox())!;
  const overlaps = (a: typeof mark, b: typeof mark) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlaps(mark, shown)).toBe(false);
  expect(overlaps(mark, box) || overlaps(mark, send)).toBe(false);
  // Both fix buttons are clickable where they are (nothing of ours on top of them).
  await panel(page).getByTestId('kefu-guard-fix-all').click({ trial: true });
  await marker.getByTestId('kefu-marker-fix-all').click();
  await expect(input).not.toHaveValue(/微信|https/);
});
