import type { Page } from '@playwright/test';
import { expect, openSellerPage, panel, test, waitForActions } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
const FEIGE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const FEIGE_INPUT = 'textarea[data-qa-id="qa-send-message-textarea"]';
const FEIGE_SEND = '[data-qa-id="qa-send-message-button"]';

type Host = { sent: string[]; model: () => string; receive: (text: string) => void };
const host = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.sent);
const model = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.model());

test('a new buyer message ranks the right template first, and the hotkey fills it into the real chat input', async ({ context, page }) => {
  await openSellerPage(page, PDD_CHAT);
  await page.evaluate(() => (window as unknown as { __host: Host }).__host.receive('能便宜点吗？包邮吗'));
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', 'zh.bargain.best-offer');

  await page.locator('#replyTextarea').click();
  await page.keyboard.press('Alt+Shift+1');
  const expected = await first.locator('.kefu-preview').textContent();
  await expect(page.locator('#replyTextarea')).toHaveValue(expected!);
  expect(await model(page)).toBe(expected); // the host app registered the text

  await page.locator('.reply-box .send-btn').click();
  await expect.poll(() => host(page)).toEqual([expected]);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent'));
  expect(rows.find((a) => a.kind === 'template.inserted')!.payload).toMatchObject({ templateId: 'zh.bargain.best-offer', rank: 0, via: 'hotkey' });
  expect(rows.some((a) => a.kind === 'suggestion.shown')).toBe(true);
  expect(rows.find((a) => a.kind === 'message.sent')!.payload).toMatchObject({ length: expected!.length, findings: 0, via: 'button' });
  expect(rows.find((a) => a.kind === 'message.sent')!.payload).not.toHaveProperty('text');
});

test('on Douyin the logistics template ranks first and a click fills order and tracking numbers', async ({ page }) => {
  await openSellerPage(page, FEIGE);
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', 'zh.logistics.where');
  await first.getByRole('button', { name: '填入' }).click();
  await expect(page.locator(FEIGE_INPUT)).toHaveValue(/6925095897028853458.*SF1402233445566/);
});

test('a reply with 全网最低 is blocked on Enter and on the send button, with the reason shown', async ({ context, page }) => {
  await openSellerPage(page, FEIGE);
  await page.locator(FEIGE_INPUT).fill('亲，这款是全网最低价');
  await page.locator(FEIGE_INPUT).press('Enter');
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  // 全网最低 and 最低价 overlap: one problem, marked once.
  await expect(panel(page).getByTestId('kefu-guard').locator('[data-rule-id="ad.absolute"] mark')).toHaveText(['全网最低价']);
  await page.locator(FEIGE_SEND).click();
  expect(await host(page)).toEqual([]);

  await openSellerPage(page, PDD_CHAT);
  await page.locator('#replyTextarea').fill('全网最低，加我微信');
  await page.locator('.reply-box .send-btn').click();
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  expect(await host(page)).toEqual([]);
  const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'lint.blocked').length >= 3);
  const blocked = rows.filter((a) => a.kind === 'lint.blocked').map((a) => a.payload);
  expect(blocked).toContainEqual({ ruleIds: ['ad.absolute'], via: 'enter' });
  expect(blocked).toContainEqual({ ruleIds: ['ad.absolute', 'diversion.wechat'], via: 'button' });
});

test('a warned reply goes out after the agent confirms, and the override is logged', async ({ context, page }) => {
  await openSellerPage(page, FEIGE);
  await page.locator(FEIGE_INPUT).fill('好的，马上发货！');
  await page.locator(FEIGE_INPUT).press('Enter');
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'confirm');
  expect(await host(page)).toEqual([]);
  await panel(page).getByTestId('kefu-send-anyway').click();
  await page.locator(FEIGE_INPUT).press('Enter');
  await expect.poll(() => host(page)).toEqual(['好的，马上发货！']);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent'));
  expect(rows.find((a) => a.kind === 'lint.overridden')!.payload).toEqual({ ruleIds: ['tone.exclamation'] });
  expect(rows.find((a) => a.kind === 'message.sent')!.payload).toMatchObject({ ruleIds: ['tone.exclamation'], via: 'enter' });
});

test('the one-click rewrite fixes a warned phrase in the real input', async ({ page }) => {
  await openSellerPage(page, FEIGE);
  await page.locator(FEIGE_INPUT).fill('我觉得这款更适合');
  await page.locator(FEIGE_INPUT).press('Enter');
  await panel(page).getByRole('button', { name: '改为“建议您”' }).click();
  await expect(page.locator(FEIGE_INPUT)).toHaveValue('建议您这款更适合');
  await expect(panel(page).getByTestId('kefu-guard')).toHaveCount(0);
  await page.locator(FEIGE_INPUT).press('Enter');
  await expect.poll(() => host(page)).toEqual(['建议您这款更适合']);
});

test('typing / and words searches all templates; Enter inserts the first hit', async ({ page }) => {
  await openSellerPage(page, FEIGE);
  await page.locator(FEIGE_INPUT).pressSequentially('/差评');
  await expect(panel(page).getByTestId('kefu-suggestion').first()).toHaveAttribute('data-template-id', 'zh.review.followup');
  await page.locator(FEIGE_INPUT).press('Enter');
  await expect(page.locator(FEIGE_INPUT)).toHaveValue(/看到您对这次购物不太满意/);
  expect(await host(page)).toEqual([]);
});

test('a suggestion is not inserted after the conversation switched to another buyer', async ({ context, page }) => {
  await openSellerPage(page, FEIGE);
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { __host: { switchTo: (n: string) => void } }).__host.switchTo('momo_22');
  });
  await first
    .getByRole('button', { name: '填入' })
    .click({ timeout: 1000 })
    .catch(() => {});
  // Either the panel already followed the switch (the old suggestion is gone) or the insert was refused.
  await expect(page.locator(FEIGE_INPUT)).toHaveValue('');
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  expect(rows.filter((a) => a.kind === 'template.inserted')).toHaveLength(0);
});

test('each buyer message on the page is logged once, even after a reload, without its text', async ({ context, page }) => {
  await openSellerPage(page, PDD_CHAT);
  await waitForActions(context, (r) => r.filter((a) => a.kind === 'message.received').length === 2);
  await page.evaluate(() => (window as unknown as { __host: Host }).__host.receive('还没发货吗'));
  await waitForActions(context, (r) => r.filter((a) => a.kind === 'message.received').length === 3);
  await page.reload();
  await page.waitForSelector('html[data-kefu-ready]');
  await openSellerPage(page, PDD_CHAT);
  await page.waitForTimeout(1000);
  const received = (await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'))).filter((a) => a.kind === 'message.received');
  expect(received.map((a) => a.payload.messageKey)).toEqual(['middlePanel_list_7002', 'middlePanel_list_7003', expect.any(String)]);
  expect(received[0]!.payload.sentAt).toBe(1795311017000);
  expect(received[0]!.buyer).toMatchObject({ site: 'pinduoduo' });
  expect(JSON.stringify(received)).not.toContain('快递');
});
