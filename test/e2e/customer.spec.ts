import { readFile } from 'node:fs/promises';
import { expect, openSellerPage, panel, serviceWorker, setExtensionStorage, settingsWith, test, waitForActions } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
const PDD_ORDER = 'https://mms.pinduoduo.com/orders/detail?type=4399&sn=261120-538127364510922';

test('the card follows a buyer from chat to order page, and a tag persists across reloads', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, PDD_CHAT);
  const card = panel(page).getByTestId('kefu-customer');
  await expect(card).toHaveAttribute('data-status', 'ready');
  await expect(panel(page).getByTestId('kefu-wait')).toHaveAttribute('data-level', /ok|warn|late/);
  await card.getByRole('button', { name: 'VIP' }).click();
  await expect(card.locator('[data-tag="VIP"]')).toBeVisible();
  await waitForActions(context, (r) => r.some((a) => a.kind === 'customer.tagged'));

  await page.reload();
  await page.waitForSelector('html[data-kefu-ready]');
  await expect(panel(page).getByTestId('kefu-customer').locator('[data-tag="VIP"]')).toBeVisible();

  const order = await context.newPage();
  await openSellerPage(order, PDD_ORDER);
  const orderCard = panel(order).getByTestId('kefu-customer');
  await expect(orderCard.locator('[data-tag="VIP"]')).toBeVisible();
  await expect(orderCard.getByTestId('kefu-customer-summary')).toContainText('上次联系');
  await expect(orderCard.getByTestId('kefu-customer-summary')).toContainText('订单 1 笔');
  await orderCard.locator('summary').click();
  await expect(orderCard.getByTestId('kefu-customer-orders')).toContainText('261120-538127364510922');

  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'order.seen') && r.filter((a) => a.kind === 'customer.viewed').length >= 2);
  expect(rows.find((a) => a.kind === 'order.seen')).toMatchObject({ payload: { orderNo: '261120-538127364510922', status: '已发货', amount: 39.9 }, buyer: { nick: 't***8' } });
});

test('a reply with a promise becomes a follow-up, shows on the card and in the handover, and the badge counts the waiting chat', async ({ context, page, extensionId }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, PDD_CHAT);
  await expect(panel(page).getByTestId('kefu-customer')).toHaveAttribute('data-status', 'ready');
  const worker = await serviceWorker(context);
  const badge = () => worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }).chrome.action.getBadgeText({}));
  await expect.poll(badge).toBe('1');

  await page.locator('#replyTextarea').fill('亲，请稍等，我马上为您查询物流');
  await page.locator('.reply-box .send-btn').click();
  const offer = panel(page).getByTestId('kefu-promise-offer');
  await expect(offer).toHaveAttribute('data-kind', 'check');
  await offer.getByTestId('kefu-promise-suggested').click();
  const promises = panel(page).getByTestId('kefu-promises');
  await expect(promises).toContainText('我马上为您查询物流');
  await expect(promises).toContainText('到期');
  await expect.poll(badge).toBe('');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const handover = popup.getByTestId('handover');
  await expect(handover).toContainText('t***8');
  const download = popup.waitForEvent('download');
  await handover.getByTestId('handover-export').click();
  const csv = await readFile((await (await download).path())!, 'utf8');
  expect(csv).toContain('我马上为您查询物流');

  await promises.getByRole('button', { name: '完成' }).click();
  await expect(panel(page).getByTestId('kefu-promises')).toHaveCount(0);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'promise.done') && r.some((a) => a.kind === 'handover.exported'));
  const created = rows.find((a) => a.kind === 'promise.created')!;
  expect(created.payload).toMatchObject({ kind: 'check' });
  expect(rows.find((a) => a.kind === 'promise.done')!.payload).toEqual({ promiseId: (created.payload as { promiseId: string }).promiseId });
});
