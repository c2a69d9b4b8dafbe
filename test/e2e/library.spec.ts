import { becomeLead, expect, LEAD_PIN, openSellerPage, panel, readActions, setExtensionStorage, settingsWith, test, TEST_AGENT, unlockDashboard, waitForActions } from './fixtures';
import { hashPin } from '../../utils/lead/pin';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
const PDD_ORDER = 'https://mms.pinduoduo.com/orders/detail?type=4399&sn=261120-538127364510922';

test('a lead edits the team library in the product: a new phrase with a variable and a short code, previewed with the last buyer, duplicated, moved, deleted, and used on a chat page', async ({
  context,
  page,
  extensionId,
}) => {
  await becomeLead(context);
  await openSellerPage(page, PDD_ORDER); // the buyer and order the preview will use
  await waitForActions(context, (r) => r.some((a) => a.kind === 'order.seen'));
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(dash);
  await dash.getByRole('tab', { name: '规则设置' }).click();
  const block = dash.getByTestId('rules-templates');
  await block.getByTestId('team-template-new').click();
  const editor = block.getByTestId('template-editor');
  await editor.getByTestId('template-title').fill('快递说明');
  await editor.getByTestId('template-category').selectOption('物流查询/催发货');
  await editor.getByTestId('template-shortcut').fill(';kd');
  await editor.getByTestId('template-body').fill('亲，订单');
  await editor.locator('[data-variable="订单号"]').click();
  await editor.getByTestId('template-body').press('End');
  await editor.getByTestId('template-body').pressSequentially('已安排顺丰。');
  await expect(editor.getByTestId('template-preview')).toHaveText('亲，订单261120-538127364510922已安排顺丰。');
  await editor.getByTestId('template-save').click();
  const item = block.locator('[data-testid="template-item"]').filter({ hasText: '快递说明' });
  await expect(item).toContainText(';kd');

  await item.getByRole('button', { name: '复制' }).click();
  const copy = block.locator('[data-testid="template-item"]').filter({ hasText: '快递说明（副本）' });
  await expect(copy).toBeVisible();
  const group = block.locator('details').filter({ hasText: '物流查询/催发货' }).getByTestId('template-item');
  const before = await group.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  await copy.getByRole('button', { name: '上移' }).click();
  await expect.poll(() => group.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).not.toEqual(before);
  dash.once('dialog', (d) => void d.accept());
  await copy.getByRole('button', { name: '删除' }).click();
  await expect(copy).toHaveCount(0);

  await openSellerPage(page, PDD_CHAT);
  await page.locator('#replyTextarea').pressSequentially(';kd ');
  await expect(page.locator('#replyTextarea')).toHaveValue(/^亲，订单.*已安排顺丰。$/);
});

test('a trainee’s dashboard is read-only for rules and shows only the trainee’s rows until the lead unlocks it; personal phrases stay the trainee’s to edit', async ({
  context,
  page,
  extensionId,
}) => {
  // Rows from agent 1024, then from trainee 3001 on the same browser.
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, PDD_CHAT);
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened' && a.agent?.staffId === '1024'));
  await setExtensionStorage(context, 'settings', settingsWith({ ...TEST_AGENT, name: '新人小李', staffId: '3001', role: 'trainee' }));
  await setExtensionStorage(context, 'leadLock', { pin: await hashPin(LEAD_PIN, 20_000) });
  await page.reload();
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened' && a.agent?.staffId === '3001'));

  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(dash.getByTestId('lead-gate')).toHaveAttribute('data-state', 'locked');
  // Exactly the trainee's rows (the page may still be logging: compared once both settle).
  const shownCount = async () => Number((await dash.getByTestId('dash-count').textContent())?.match(/\d+/)?.[0]);
  await expect
    .poll(async () => {
      const logged = (await readActions(context, dash)).filter((a) => a.agent?.staffId === '3001').length;
      const same = (await shownCount()) === logged;
      if (!same) await dash.getByRole('button', { name: '刷新', exact: true }).click();
      return same;
    })
    .toBe(true);
  const staffShown = await dash.getByTestId('dash-row').evaluateAll((els) => els.map((e) => e.children[1]?.textContent));
  expect(new Set(staffShown)).toEqual(new Set(['3001']));

  await dash.getByRole('tab', { name: '规则设置' }).click();
  await expect(dash.getByTestId('rules-locked')).toBeVisible();
  await expect(dash.getByTestId('rules-fieldset')).toHaveAttribute('disabled', '');
  await expect(dash.getByTestId('rules-remark-enforcement')).toBeDisabled();
  await expect(dash.getByTestId('team-template-new')).toBeDisabled();
  // The trainee's own phrases are not the lead's rules.
  await dash.getByTestId('personal-template-new').click();
  await dash.getByTestId('personal-templates').getByTestId('template-title').fill('我的开场白');
  await dash.getByTestId('personal-templates').getByTestId('template-body').fill('您好，我是新人客服，马上为您查看。');
  await dash.getByTestId('personal-templates').getByTestId('template-save').click();
  await expect(dash.getByTestId('personal-templates')).toContainText('我的开场白');

  await dash.getByTestId('lead-pin').fill('1111');
  await dash.getByTestId('lead-unlock').click();
  await expect(dash.getByRole('alert')).toContainText('密码不对');
  await unlockDashboard(dash);
  await expect(dash.getByTestId('rules-fieldset')).not.toHaveAttribute('disabled', '');
  await expect(dash.getByTestId('rules-remark-enforcement')).toBeEnabled();
  await dash.getByRole('tab', { name: '操作日志' }).click();
  await expect.poll(async () => new Set(await dash.getByTestId('dash-row').evaluateAll((els) => els.map((e) => e.children[1]?.textContent)))).toEqual(new Set(['1024', '3001']));
  await expect(panel(page)).toBeVisible();
});
