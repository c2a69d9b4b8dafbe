import { expect, openSellerPage, panel, test, waitForActions } from './fixtures';

test('the popup validates and saves the agent, and later actions carry the 工号', async ({ context, page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name="name"]').fill('王小明');
  await page.locator('input[name="staffId"]').fill('10 24');
  await page.locator('input[name="shop"]').fill('鲜果小铺');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('请修正标红的项目');
  await expect(page.locator('.field-error')).toHaveText('工号只能是 1–16 位字母、数字、- 或 _');

  await page.locator('input[name="staffId"]').fill('1024');
  // A browser in no team says so and offers no team role (team-roles.spec.ts: roles come from the lead).
  await expect(page.getByTestId('team-solo')).toBeVisible();
  await expect(page.locator('select[name="role"]')).toHaveCount(0);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');

  await page.reload();
  await expect(page.locator('input[name="staffId"]')).toHaveValue('1024');

  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'settings.saved'));
  expect(rows.find((a) => a.kind === 'settings.saved')!.agent?.staffId).toBe('1024');

  const seller = await context.newPage();
  await openSellerPage(seller, 'https://im.jinritemai.com/pc_seller_v2/main/workspace');
  const after = await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  const opened = after.find((a) => a.kind === 'panel.opened')!;
  expect(opened.agent?.staffId).toBe('1024');
  expect(opened.buyer).toEqual({ site: 'douyin', shop: '鲜果小铺', nick: '小鹿爱吃橙' });
});

test('switching a marketplace off removes the panel there, and the UI language applies', async ({ context, page, extensionId }) => {
  const seller = await context.newPage();
  await openSellerPage(seller, 'https://mms.pinduoduo.com/orders/list');
  await expect(panel(seller)).toContainText('订单');

  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('input[name="name"]').fill('Amy');
  await page.locator('input[name="staffId"]').fill('A7');
  await page.locator('input[name="shop"]').fill('Fruit Shop');
  await page.locator('select[name="uiLanguage"]').selectOption('en');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect(panel(seller)).toContainText('Orders');

  await page.locator('input[name="site-pinduoduo"]').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect(seller.locator('kefu-panel')).toHaveCount(0);
});
