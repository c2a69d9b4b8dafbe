import type { Page } from '@playwright/test';
import { serveFileAt } from '../fixtures/serve.mjs';
import { expect, openSellerPage, panel, panelField, setExtensionStorage, settingsWith, test, waitForActions } from './fixtures';

type Host = { sent: string[]; model: () => string; receive: (text: string) => void };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.sent);
const model = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.model());

const KUAISHOU = 'https://im.kwaixiaodian.com/workbench';
const QUILL = '.SendBox .ql-editor';
const KUAISHOU_SEND = '.SendBox-buttonRight .ant-btn-primary';

test('Kuaishou: a suggestion fills the Quill reply box so Quill’s own model holds it, and Enter sends it', async ({ context, page }) => {
  await openSellerPage(page, KUAISHOU);
  await expect(panel(page).getByTestId('kefu-platform-timer')).toContainText('2分15秒后超时');
  await expect(panel(page).getByTestId('kefu-site-gap')).toContainText('备注');
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', 'zh.logistics.where');
  await first.getByRole('button', { name: '填入' }).click();
  const expected = (await first.locator('.kefu-preview').textContent())!;
  expect(expected).toContain('75123456789012');
  await expect.poll(() => model(page)).toBe(expected);
  await page.locator(QUILL).press('Enter');
  await expect.poll(() => sent(page)).toEqual([expected]);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent'));
  expect(rows.find((a) => a.kind === 'message.sent')!.payload).toMatchObject({ via: 'enter', length: expected.length });
  expect(rows.find((a) => a.kind === 'message.sent')!.site).toBe('kuaishou');
});

test('Kuaishou: a diverting reply typed into Quill is blocked on Enter and on the send button', async ({ page }) => {
  await openSellerPage(page, KUAISHOU);
  await page.locator(QUILL).click();
  await page.keyboard.type('加我微信聊');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  await page.locator(KUAISHOU_SEND).click();
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  expect(await sent(page)).toEqual([]);
  expect(await model(page)).toBe('加我微信聊');
});

const DONGDONG = 'https://dongdong.jd.com/';
const DD_EDITOR = '.EditorContent[contenteditable="true"]';

test('JD 咚咚: the buyer’s pin keys the card, a suggestion fills the rich editor the app reads, and the guard holds Enter and the button', async ({ context, page }) => {
  await openSellerPage(page, DONGDONG);
  await expect(panel(page).getByTestId('kefu-site-gap')).toContainText('pin');
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', /^zh\.logistics\./);
  await first.getByRole('button', { name: '填入' }).click();
  const expected = (await first.locator('.kefu-preview').textContent())!;
  await expect.poll(() => model(page)).toBe(expected);

  await page.locator(DD_EDITOR).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('全网最低价，加我微信');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  await page.locator('.SendButtonGroup > .send-button').click();
  expect(await sent(page)).toEqual([]);
  const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'lint.blocked').length >= 2);
  expect(rows.find((a) => a.kind === 'lint.blocked')!.buyer).toMatchObject({ site: 'jd', buyerId: 'jd_7f3a9c21' });
});

const WX_KF = 'https://store.weixin.qq.com/shop/kf';

test('WeChat 小店: a suggestion fills the workbench textarea, Enter is guarded, and a lapsed login is named', async ({ context, page }) => {
  await openSellerPage(page, WX_KF);
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await first.getByRole('button', { name: '填入' }).click();
  const expected = (await first.locator('.kefu-preview').textContent())!;
  await expect(page.locator('#input-textarea')).toHaveValue(expected);
  expect(await model(page)).toBe(expected);
  await page.locator('#input-textarea').fill('亲，加我微信给你优惠');
  await page.locator('#input-textarea').press('Enter');
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  await page.getByRole('button', { name: '发送' }).click();
  expect(await sent(page)).toEqual([]);

  await serveFileAt(context, WX_KF, 'wechat-store/kf-expired.html');
  await page.reload();
  await expect(panel(page)).toContainText('登录已超时');
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'adapter.miss'));
  expect(rows.find((a) => a.kind === 'adapter.miss')!.payload).toMatchObject({ adapterId: 'wechat-store.chat', reason: 'session-expired' });
});

const TAOBAO_SOLD = 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold';
const TB_MEMO = '【黄旗】补发｜原因：少发枕套一只｜工号：5012｜2026-11-30 09:40';
type MemoHost = { saves: string[] };

test('Taobao sold list: orders are logged as seen, and the remark builder fills the memo dialog with the flag, keeping the earlier memo', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, TAOBAO_SOLD);
  await expect(panel(page).getByTestId('kefu-site-gap')).toContainText('千牛');
  await waitForActions(context, (r) => r.filter((a) => a.kind === 'order.seen' && a.site === 'taobao').length >= 2);

  await page.locator('table[data-order="3981234567890123456"] .memo-open').click();
  await panel(page).getByTestId('kefu-remark-change').selectOption('改数量');
  await panel(page).getByTestId('kefu-remark-flag').selectOption('紫');
  await panelField(panel(page), 'kefu-remark-reason').fill('买家改为买2件');
  await panel(page).getByTestId('kefu-remark-fill').click();
  const written = await page.locator('.memo-input').inputValue();
  expect(written.split('\n')[0]).toBe(TB_MEMO);
  expect(written.split('\n')[1]).toMatch(/^【紫旗】改数量｜原因：买家改为买2件｜工号：1024｜/);
  await expect(page.locator('input[name="flag"][value="5"]')).toBeChecked();
  await page.locator('.next-dialog-footer .next-btn-primary').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __host: MemoHost }).__host.saves)).toEqual([written]);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'remark.saved'));
  expect(rows.find((a) => a.kind === 'remark.saved')!.payload).toMatchObject({ orderNo: '3981234567890123456', flag: '紫', valid: true, linesAdded: 1 });
});

test('Taobao sold list: a hand-typed memo without 工号 is blocked on 确定', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, TAOBAO_SOLD);
  await page.locator('table[data-order="3981234567890123456"] .memo-open').click();
  await page.locator('.memo-input').fill(`${TB_MEMO}\n【红旗】改地址｜原因：改公司地址｜2026-11-30 14:05`);
  await page.locator('.next-dialog-footer .next-btn-primary').click();
  await expect(panel(page).getByTestId('kefu-remark-guard')).toHaveAttribute('data-decision', 'block');
  expect(await page.evaluate(() => (window as unknown as { __host: MemoHost }).__host.saves)).toEqual([]);
});

const SHOPEE_ID = 'https://seller.shopee.co.id/new-webchat/conversations';
const SHOPEE_INPUT = '[data-cy="webchat-conversation-detail-input"] textarea';

test('Shopee: the market is part of the buyer, an English complaint gets an English suggestion, and a reply without an apology is questioned', async ({ context, page }) => {
  await openSellerPage(page, SHOPEE_ID);
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', /^en\./);
  await first.getByRole('button', { name: '填入' }).click();
  const expected = (await first.locator('.kefu-preview').textContent())!;
  await expect.poll(() => model(page)).toBe(expected);

  await page.locator(SHOPEE_INPUT).fill('We will send a new lamp tomorrow.');
  await page.locator(SHOPEE_INPUT).press('Enter');
  const guard = panel(page).getByTestId('kefu-guard');
  await expect(guard).toHaveAttribute('data-decision', 'confirm');
  await expect(guard.locator('[data-rule-id="tone.no-apology"]')).toBeVisible();
  await page.locator(SHOPEE_INPUT).fill('Sorry, you can also order directly from us on our website');
  await page.locator('.XsR3zIeGOc').click();
  await expect(guard).toHaveAttribute('data-decision', 'block');
  expect(await sent(page)).toEqual([]);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'lint.blocked'));
  expect(rows.find((a) => a.kind === 'panel.opened')!.buyer).toMatchObject({ site: 'shopee', buyerId: 'ID/rina.ayu88', nick: 'rina.ayu88' });
});

const TIKTOK_US = 'https://seller-us.tiktok.com/chat/inbox/current';
const TT_INPUT = '.im-composer textarea';

test('TikTok Shop: reads the open conversation, a greeting-only reply is logged as such, and the guard holds Enter and the button', async ({ context, page }) => {
  await openSellerPage(page, TIKTOK_US);
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', /^en\./);
  await first.getByRole('button', { name: '填入' }).click();
  await expect.poll(() => model(page)).toBe((await first.locator('.kefu-preview').textContent())!);

  await page.locator(TT_INPUT).fill('Hi there');
  await page.locator(TT_INPUT).press('Enter');
  // The buyer complains ("still hasn't arrived"): a reply without an apology asks once.
  await expect(panel(page).getByTestId('kefu-guard').locator('[data-rule-id="tone.no-apology"]')).toBeVisible();
  await panel(page).getByTestId('kefu-send-anyway').click();
  await page.locator(TT_INPUT).press('Enter');
  await expect.poll(() => sent(page)).toEqual(['Hi there']);
  await page.locator(TT_INPUT).fill('Please contact me on WhatsApp');
  await page.locator(TT_INPUT).press('Enter');
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  await page.locator('#chat-input-send-button').click();
  expect(await sent(page)).toEqual(['Hi there']);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent'));
  expect(rows.find((a) => a.kind === 'message.sent')!.payload).toMatchObject({ greetingOnly: true, via: 'enter' });
});

const AMAZON = 'https://sellercentral.amazon.com/messaging/contact?orderID=114-3941689-8772232&marketplaceID=ATVPDKIKX0DER';

test('Amazon: the `/` search fills the textarea inside the Katal component, and its send button is guarded', async ({ page }) => {
  await openSellerPage(page, AMAZON);
  await expect(panel(page).getByTestId('kefu-site-gap')).toContainText('联系买家');
  const box = page.locator('kat-textarea textarea');
  await box.click();
  await page.keyboard.type('/delay');
  const hit = panel(page).getByTestId('kefu-suggestion').first();
  await expect(hit).toHaveAttribute('data-template-id', /^en\./);
  const expected = (await hit.locator('.kefu-preview').textContent())!;
  await hit.getByRole('button', { name: '填入' }).click();
  await expect(box).toHaveValue(expected);
  await expect.poll(() => model(page)).toBe(expected);

  await box.fill('Text me at +1 415 555 0134 and I will sort it out');
  await page.locator('kat-button.ayb-contact-form-send-button').click();
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  expect(await sent(page)).toEqual([]);
});
