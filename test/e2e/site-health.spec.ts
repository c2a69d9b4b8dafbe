import { serveFileAt } from '../fixtures/serve.mjs';
import { becomeLead, expect, openSellerPage, panel, test, unlockDashboard, waitForActions } from './fixtures';

const FXG_LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';

test('a redesigned 抖店 order list (row hook renamed) is still read by order number; the panel shows an amber dot, the log and the dashboard say since when', async ({
  context,
  page,
  extensionId,
}) => {
  await becomeLead(context);
  await openSellerPage(page, FXG_LIST);
  await expect(panel(page).getByTestId('kefu-health')).toHaveAttribute('data-level', 'green');

  await serveFileAt(context, FXG_LIST, 'douyin/fxg-order-list-renamed.html');
  await page.reload();
  await page.waitForSelector('html[data-kefu-ready]');
  await expect(panel(page).getByTestId('kefu-order').filter({ hasText: '6925095897028850001' })).toBeVisible();
  const health = panel(page).getByTestId('kefu-health');
  await expect(health).toHaveAttribute('data-level', 'amber');
  await health.locator('summary').click();
  await expect(health.locator('li[data-field="orderRows"]')).toHaveAttribute('data-via', 'fallback');

  const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'adapter.health').length >= 2);
  expect(rows.filter((a) => a.kind === 'adapter.health').map((a) => (a.payload as { level: string }).level)).toEqual(['green', 'amber']);
  await page.reload(); // the same health again is not logged again the same day
  await page.waitForSelector('html[data-kefu-ready]');

  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(dash);
  await dash.getByRole('tab', { name: '绩效指标' }).click();
  const row = dash.getByTestId('dash-site-health').locator('tr[data-adapter="douyin.orderList"]');
  await expect(row).toHaveAttribute('data-level', 'amber');
  await expect(row).toContainText('出问题起于');
  await expect(row).toContainText('订单行（任一行）：备用方式');
  await expect(row).toContainText('抖音（飞鸽/抖店） · 订单列表');
  await expect(row).not.toContainText('douyin.orderList');
  expect((await waitForActions(context, () => true)).filter((a) => a.kind === 'adapter.health')).toHaveLength(2);

  // The lead fixes it as data: a bad selector is refused; a good one makes the open page read the rows by it.
  await dash.getByRole('tab', { name: '规则设置' }).click();
  const overrides = dash.getByTestId('rules-overrides');
  await overrides.getByTestId('rules-overrides-json').fill('{ "douyin": { "orderRows": "[[[" } }');
  await overrides.getByTestId('rules-overrides-save').click();
  await expect(overrides.getByTestId('rules-overrides-status')).toContainText('不是有效的 CSS 选择器');
  await overrides.getByTestId('rules-overrides-json').fill('{ "douyin": { "orderRows": "[data-kora=\\"list-card-2027\\"]" } }');
  await overrides.getByTestId('rules-overrides-save').click();
  await expect(overrides.getByTestId('rules-overrides-status')).toContainText('已保存');
  await expect(health).toHaveAttribute('data-level', 'green');
  await expect(health.locator('li[data-field="orderRows"]')).toHaveAttribute('data-via', 'override');
  await expect(panel(page).getByTestId('kefu-order').filter({ hasText: '6925095897028850001' })).toBeVisible();
});
