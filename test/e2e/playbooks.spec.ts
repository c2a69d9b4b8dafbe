import { readFile } from 'node:fs/promises';
import { becomeLead, expect, openSellerPage, panel, panelField, setExtensionStorage, settingsWith, test, TEST_AGENT, waitForActions, openRules } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
const FXG_LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const TRAINEE = { ...TEST_AGENT, name: '小李', staffId: 'T01', role: 'trainee' };

test('an order unpaid for over 12 hours shows the 催付 playbook; an agent opens it with one click', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, FXG_LIST);
  const unpaid = panel(page).locator('[data-playbook="unpaid-reminder"]');
  await expect(unpaid).toHaveAttribute('data-open', 'false');
  await expect(unpaid).toContainText('订单 6925095897028850001');
  await unpaid.getByTestId('kefu-playbook-open').click();
  await expect(unpaid.locator('li[data-step="remind"]')).toHaveClass(/is-current/);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'playbook.started'));
  expect(rows.find((a) => a.kind === 'playbook.started')!.payload).toEqual({ playbookId: 'unpaid-reminder', auto: false });
});

test('a trainee sees the playbook open by itself; the offered template ticks its step; a skipped step keeps its reason; the lead sees it', async ({ context, page, extensionId }) => {
  await setExtensionStorage(context, 'settings', settingsWith(TRAINEE));
  await openSellerPage(page, PDD_CHAT);
  const chase = panel(page).locator('[data-playbook="parcel-chase"]');
  await expect(chase).toHaveAttribute('data-open', 'true');
  await expect(chase.getByRole('button', { name: '收起' })).toHaveCount(0); // mandatory for trainees until done

  await chase.locator('li[data-step="reassure"]').getByRole('button', { name: '填入模板' }).click();
  await expect(page.locator('#replyTextarea')).toHaveValue(/订单261120-538127364510922/);
  // Filled is not said: the step ticks on the send that carries the template.
  await page.waitForTimeout(500);
  await expect(chase.locator('li[data-step="reassure"]')).toHaveAttribute('data-status', 'pending');
  await page.locator('.reply-box .send-btn').click();
  await expect(chase.locator('li[data-step="reassure"]')).toHaveAttribute('data-status', 'done');

  const track = chase.locator('li[data-step="track"]');
  await track.getByRole('button', { name: '跳过' }).click();
  await expect(track.getByRole('button', { name: '确认跳过' })).toBeDisabled();
  await panelField(track, 'kefu-skip-reason').fill('买家已在物流页看过轨迹');
  await track.getByRole('button', { name: '确认跳过' }).click();
  await expect(track).toHaveAttribute('data-status', 'skipped');

  // Trainees also get the attitude tip beside a guard finding.
  await page.locator('#replyTextarea').fill('你好，这是全网最低价');
  await page.locator('.reply-box .send-btn').click();
  await expect(panel(page).getByTestId('kefu-trainee-tip').first()).toBeVisible();

  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'playbook.step_skipped') && r.some((a) => a.kind === 'playbook.step_done'));
  // Between 09:00 and 11:00 China time the shift-start check opens too: only the parcel chase is this test's.
  expect(rows.filter((a) => a.kind === 'playbook.started' && a.payload.playbookId === 'parcel-chase').map((a) => a.payload)).toEqual([{ playbookId: 'parcel-chase', auto: true }]);
  expect(rows.find((a) => a.kind === 'playbook.step_done')!.payload).toEqual({ playbookId: 'parcel-chase', stepId: 'reassure', auto: true });
  expect(rows.find((a) => a.kind === 'playbook.step_skipped')!.payload).toEqual({ playbookId: 'parcel-chase', stepId: 'track', required: true, reason: '买家已在物流页看过轨迹' });

  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dash.getByRole('tab', { name: '新人进度' }).click();
  await expect(dash.getByTestId('dash-trainees').locator('tr[data-trainee="T01"]')).toContainText('小李');
  await expect(dash.getByTestId('dash-skip-reasons')).toContainText('买家已在物流页看过轨迹');
});

test('an agent’s playbook stays closed until asked, and the daily report is drafted from the log', async ({ context, page, extensionId }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, PDD_CHAT);
  await expect(panel(page).locator('[data-playbook="parcel-chase"]')).toHaveAttribute('data-open', 'false');
  await page.locator('#replyTextarea').fill('您好，已为您催促快递');
  await page.locator('.reply-box .send-btn').click();
  await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent'));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('report-draft').click();
  await expect(popup.getByTestId('report-text')).toHaveValue(/接待会话：1 个，发送消息 1 条/);
  await popup.getByTestId('report-text').fill(`${await popup.getByTestId('report-text').inputValue()}物流慢的咨询较多`);
  const download = popup.waitForEvent('download');
  await popup.getByTestId('report-export').click();
  expect(await readFile((await (await download).path())!, 'utf8')).toContain('物流慢的咨询较多');
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'report.generated'));
  expect(rows.find((a) => a.kind === 'report.generated')!.payload).toMatchObject({ exported: true });
});

test('a lead edits a playbook as data in the dashboard; a broken edit is refused; the chat panel shows the new step', async ({ context, page }) => {
  await becomeLead(context);
  await openRules(page);
  const block = page.getByTestId('rules-playbooks');
  await block.locator('summary').click();
  const json = block.getByTestId('rules-playbooks-json');
  const list = JSON.parse(await json.inputValue());
  await json.fill(JSON.stringify([...list, list[0]]));
  await block.getByTestId('rules-playbooks-save').click();
  await expect(block.getByTestId('rules-playbooks-status')).toContainText('appears twice');

  list.find((p: { id: string }) => p.id === 'parcel-chase').steps[0].text = '先在快递官网查轨迹并截图';
  await json.fill(JSON.stringify(list));
  await block.getByTestId('rules-playbooks-save').click();
  await expect(block.getByTestId('rules-playbooks-status')).toContainText('已保存');

  const chat = await context.newPage();
  await openSellerPage(chat, PDD_CHAT);
  const chase = panel(chat).locator('[data-playbook="parcel-chase"]');
  await chase.getByTestId('kefu-playbook-open').click();
  await expect(chase.locator('li[data-step="track"]')).toContainText('先在快递官网查轨迹并截图');
});

test('a trainee’s mandatory checklist is a compact strip with the suggestions still in view and keeps the panel open', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith(TRAINEE));
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSellerPage(page, PDD_CHAT);
  const chase = panel(page).locator('[data-playbook="parcel-chase"]');
  await expect(chase).toHaveAttribute('data-open', 'true');
  // The current step and the next in full; the rest one click away.
  await expect(chase.getByTestId('kefu-steps').locator('li')).toHaveCount(2);
  await expect(chase.getByTestId('kefu-steps-toggle')).toBeVisible();
  const suggestion = panel(page).getByTestId('kefu-suggestion').first();
  await suggestion.scrollIntoViewIfNeeded();
  const panelBox = (await panel(page).boundingBox())!;
  const first = (await suggestion.boundingBox())!;
  expect(first.y - panelBox.y).toBeLessThan(panelBox.height);
  await page.screenshot({ path: 'test-results/trainee-strip.png' });

  await expect(panel(page).getByTestId('kefu-collapse')).toBeDisabled();
  // Roles come from the lead's signed team list: team-roles.spec.ts shows a trainee cannot change theirs.
});
