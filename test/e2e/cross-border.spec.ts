import type { Page } from '@playwright/test';
import { expect, openSellerPage, panel, test, waitForActions } from './fixtures';

// AliExpress, Lazada and Wish on their fixtures at the real host names: the panel reads the buyer, a suggestion in the
// buyer's language fills the host's own reply box (never sent), the guard stops a diversion on Enter and on the host's
// send control, and the log holds what happened under the site's name.
type Host = { sent: string[]; model: () => string };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.sent);
const model = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.model());

const AE_CHAT = 'https://csp.aliexpress.com/m_apps/ai-im/im?channelId=1579196';
const AE_INPUT = 'textarea.im-message-input-no-auto-height';

test('AliExpress: a Russian buyer gets a Russian suggestion in the IM textarea, and a diversion is held on Enter and on the send icon', async ({ context, page }) => {
  await openSellerPage(page, AE_CHAT);
  await expect(panel(page).getByTestId('kefu-buyer-name')).toHaveText('Ivan Petrov');
  await expect(panel(page).getByTestId('kefu-order').filter({ hasText: '8209013605484399' })).toBeVisible();
  await expect(panel(page).getByTestId('kefu-site-gap')).toContainText('昵称');
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', /^ru\./);
  const expected = (await first.locator('.kefu-preview').textContent())!;
  expect(expected).toMatch(/Ivan Petrov/);
  await first.getByRole('button', { name: '填入' }).click();
  await expect(page.locator(AE_INPUT)).toHaveValue(expected);
  await expect.poll(() => model(page)).toBe(expected);
  expect(await sent(page)).toEqual([]);

  await page.locator(AE_INPUT).fill('Извините. Напишите мне в WhatsApp, там быстрее');
  await page.locator(AE_INPUT).press('Enter');
  const guard = panel(page).getByTestId('kefu-guard');
  await expect(guard).toHaveAttribute('data-decision', 'block');
  await expect(guard.locator('[data-rule-id="diversion.foreign"]').first()).toBeVisible();
  await page.locator('.im-message-input-footer-right-send-icon').click();
  await expect(guard).toHaveAttribute('data-decision', 'block');
  expect(await sent(page)).toEqual([]);

  const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'lint.blocked').length >= 2 && r.some((a) => a.kind === 'template.inserted'));
  expect(rows.find((a) => a.kind === 'template.inserted')!.payload).toMatchObject({ templateId: expect.stringMatching(/^ru\./) });
  expect(rows.find((a) => a.kind === 'lint.blocked')!).toMatchObject({ site: 'aliexpress', buyer: { site: 'aliexpress', nick: 'Ivan Petrov' } });
});

test('AliExpress order list: each order is logged as seen under the site', async ({ context, page }) => {
  await openSellerPage(page, 'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=1579196');
  await expect(panel(page).getByTestId('kefu-order').filter({ hasText: '8209017781120455' })).toBeVisible();
  const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'order.seen' && a.site === 'aliexpress').length >= 2);
  expect(
    rows
      .filter((a) => a.kind === 'order.seen')
      .map((a) => a.payload.orderNo)
      .sort(),
  ).toEqual(['8209013605484399', '8209017781120455']);
});

const LZ_CHAT = 'https://sellercenter.lazada.sg/apps/im/chat';
const LZ_INPUT = 'textarea.im-message-input-no-auto-height';

test('Lazada: the market is part of the buyer, an English complaint gets an English suggestion, and the paper plane is guarded', async ({ context, page }) => {
  await openSellerPage(page, LZ_CHAT);
  await expect(panel(page).getByTestId('kefu-buyer-name')).toHaveText('Nurul Aisyah');
  await expect(panel(page).getByTestId('kefu-site-gap')).toContainText('修正此页识别');
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', /^en\./);
  await first.getByRole('button', { name: '填入' }).click();
  const expected = (await first.locator('.kefu-preview').textContent())!;
  await expect.poll(() => model(page)).toBe(expected);

  await page.locator(LZ_INPUT).fill('Sorry! Please buy directly from us on our website next time');
  await page.locator('.im-message-input-footer-right a').click();
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  await expect(panel(page).getByTestId('kefu-guard').locator('[data-rule-id="diversion.platform"]').first()).toBeVisible();
  expect(await sent(page)).toEqual([]);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'lint.blocked'));
  expect(rows.find((a) => a.kind === 'panel.opened')!.buyer).toMatchObject({ site: 'lazada', buyerId: 'SG/Nurul Aisyah', nick: 'Nurul Aisyah' });
  expect(rows.find((a) => a.kind === 'lint.blocked')!.payload).toMatchObject({ via: 'button' });
});

const WISH_TICKET = 'https://merchant.wish.com/ticket/5f0c2a9e1b3d4c0012ab34cd';

test('Wish: the ticket is read by its words, a Russian suggestion fills the reply form, Enter is a new line, and Send is guarded', async ({ context, page }) => {
  await openSellerPage(page, WISH_TICKET);
  await expect(panel(page).getByTestId('kefu-buyer-name')).toHaveText('Anna K.');
  await expect(panel(page).getByTestId('kefu-site-gap')).toContainText('Wish');
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', /^ru\./);
  await first.getByRole('button', { name: '填入' }).click();
  const expected = (await first.locator('.kefu-preview').textContent())!;
  await expect(page.locator('form textarea')).toHaveValue(expected);
  await expect.poll(() => model(page)).toBe(expected);

  await page.locator('form textarea').fill('Извините за задержку. Подробнее на нашем сайте');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  expect(await sent(page)).toEqual([]);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'lint.blocked'));
  expect(rows.find((a) => a.kind === 'lint.blocked')!).toMatchObject({ site: 'wish', buyer: { site: 'wish', nick: 'Anna K.' } });
});
