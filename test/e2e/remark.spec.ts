import type { Page } from '@playwright/test';
import { expect, openSellerPage, panel, panelField, setExtensionStorage, settingsWith, test, waitForActions } from './fixtures';

const PDD_ORDER = 'https://mms.pinduoduo.com/orders/detail?type=4399&sn=261120-538127364510922';
const FXG_LIST = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const LEGACY = '顺丰发货，不要放驿站';
const EARLIER = '【红旗】改地址｜原因：买家要求改为公司地址｜工号：1024｜2026-11-20 11:15';
const NEW_LINE = /^【紫旗】改数量｜原因：买家改为买2件｜工号：1024｜\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

type Host = { saves: string[]; model: () => string };
const saves = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.saves);

test('the builder appends a valid remark under the earlier lines, sets the flag, and the site saves it', async ({ context, page }) => {
  await openSellerPage(page, PDD_ORDER);
  const history = panel(page).getByTestId('kefu-remark-history');
  await expect(history.locator('li[data-formatted="false"]')).toContainText(LEGACY);
  await expect(history.locator('li[data-formatted="true"]')).toContainText('买家要求改为公司地址');
  await expect(panel(page).getByTestId('kefu-remark-fill')).toBeDisabled();
  await expect(panel(page).getByTestId('kefu-remark-problem')).toContainText('工号');

  await setExtensionStorage(context, 'settings', settingsWith());
  await panel(page).getByTestId('kefu-remark-change').selectOption('改数量');
  await panel(page).getByTestId('kefu-remark-flag').selectOption('紫');
  await panelField(panel(page), 'kefu-remark-reason').fill('买家改为买2件');
  await expect(panel(page).getByTestId('kefu-remark-preview')).toHaveText(NEW_LINE);
  await panel(page).getByTestId('kefu-remark-fill').click();

  const written = await page.locator('.note-box textarea').inputValue();
  const lines = written.split('\n');
  expect(lines.slice(0, 2)).toEqual([LEGACY, EARLIER]);
  expect(lines[2]).toMatch(NEW_LINE);
  expect(await page.evaluate(() => (window as unknown as { __host: Host }).__host.model())).toBe(written);
  await expect(page.locator('input[name="note-tag"][value="5"]')).toBeChecked();

  await page.locator('.note-save').click();
  await expect.poll(() => saves(page)).toEqual([written]);
  await expect(page.locator('.note-text')).toContainText(LEGACY);
  await expect(panel(page).getByTestId('kefu-remark-history').locator('li')).toHaveCount(3);

  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'remark.saved'));
  expect(rows.find((a) => a.kind === 'remark.built')!.payload).toMatchObject({ orderNo: '261120-538127364510922', changeType: '改数量', flag: '紫' });
  expect(rows.find((a) => a.kind === 'remark.saved')!.payload).toEqual({ orderNo: '261120-538127364510922', changeType: '改数量', flag: '紫', valid: true, linesAdded: 1, via: 'button' });
});

test('a hand-typed remark without 工号 is blocked on save, naming the field', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, PDD_ORDER);
  const box = page.locator('.note-box textarea');
  await box.fill(`${await box.inputValue()}\n【红旗】改地址｜原因：改公司地址｜2026-11-22 14:05`);
  await page.locator('.note-save').click();
  const guard = panel(page).getByTestId('kefu-remark-guard');
  await expect(guard).toHaveAttribute('data-decision', 'block');
  await expect(guard.locator('li[data-field="staffId"]')).toHaveText('第 3 行：缺少工号');
  expect(await saves(page)).toEqual([]);
  await expect(page.locator('.note-text')).not.toContainText('改公司地址');

  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'remark.blocked'));
  expect(rows.find((a) => a.kind === 'remark.blocked')!.payload).toEqual({ orderNo: '261120-538127364510922', fields: ['staffId'], codes: ['missing'], via: 'button' });
});

test('on 抖店 the builder fills the open drawer, Enter saves it, and the earlier remark survives', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, FXG_LIST);
  await expect(panel(page).getByTestId('kefu-remark-none')).toBeVisible();
  const row = page.locator('[data-kora="order-row"]').nth(1);
  await row.getByRole('button', { name: '修改备注' }).click();
  await expect(panel(page).locator('[data-order-no="6925095897028850001"]')).toBeVisible();

  await panel(page).getByTestId('kefu-remark-change').selectOption('指定快递');
  await panelField(panel(page), 'kefu-remark-reason').fill('买家要求发顺丰');
  await panel(page).getByTestId('kefu-remark-fill').click();
  await expect(page.locator('input[name="star"][value="5"]')).toBeChecked();
  await page.locator('#seller_words').press('Enter');
  await expect.poll(() => saves(page)).toHaveLength(1);
  const [saved] = await saves(page);
  expect(saved!.split('\n')[0]).toBe('【红旗】赠品｜原因：老客户加赠小样｜工号：2048｜2026-11-20 09:00');
  expect(saved!.split('\n')[1]).toMatch(/^【红旗】指定快递｜原因：买家要求发顺丰｜工号：1024｜/);
  await expect(row.locator('.remark-text')).toHaveText(saved!);

  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'remark.saved'));
  const savedRow = rows.find((a) => a.kind === 'remark.saved')!;
  expect(savedRow.payload).toMatchObject({ orderNo: '6925095897028850001', changeType: '指定快递', flag: '红', valid: true, via: 'enter' });
  expect(savedRow.buyer).toMatchObject({ site: 'douyin', nick: 'momo_22' }); // the row's buyer: a list page has no single buyer
});

test('deleting an earlier remark line by hand asks for confirmation and is logged', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, FXG_LIST);
  await page.locator('[data-kora="order-row"]').nth(1).getByRole('button', { name: '修改备注' }).click();
  await page.locator('#seller_words').fill('【红旗】赠品｜原因：改送运费险｜工号：1024｜2026-11-22 10:00');
  await page.locator('[data-btm="d440734"]').click();
  const guard = panel(page).getByTestId('kefu-remark-guard');
  await expect(guard).toHaveAttribute('data-decision', 'confirm');
  await expect(guard.getByTestId('kefu-remark-removed')).toContainText('1 行');
  expect(await saves(page)).toEqual([]);

  await guard.getByTestId('kefu-remark-confirm').click();
  await page.locator('[data-btm="d440734"]').click();
  await expect.poll(() => saves(page)).toHaveLength(1);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'remark.edited_existing'));
  expect(rows.find((a) => a.kind === 'remark.edited_existing')!.payload).toEqual({ orderNo: '6925095897028850001', removedLines: 1 });
});

test('a remark draft belongs to its order: switching the 抖店 drawer to another row clears it, and nothing reaches the other order', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, FXG_LIST);
  const rows = page.locator('[data-kora="order-row"]');
  await rows.nth(1).getByRole('button', { name: '修改备注' }).click();
  await expect(panel(page).locator('section.kefu-remark')).toHaveAttribute('data-order-no', /^\d{19}$/);
  const second = (await panel(page).locator('section.kefu-remark').getAttribute('data-order-no'))!;
  await panelField(panel(page), 'kefu-remark-reason').fill('买家要求发顺丰');
  await page.locator('.remark-drawer .cancel').click();

  await rows.nth(0).locator('.open-remark').click();
  await expect(panel(page).locator('section.kefu-remark')).not.toHaveAttribute('data-order-no', second);
  const first = (await panel(page).locator('section.kefu-remark').getAttribute('data-order-no'))!;
  expect(first).not.toBe(second);
  await expect(panel(page).locator('section.kefu-remark > h3')).toContainText(first);
  await expect(panel(page).getByTestId('kefu-remark-notice')).toHaveAttribute('data-notice', 'draftReset');
  await expect(panel(page).getByTestId('kefu-remark-notice')).toContainText(second);
  await expect(panelField(panel(page), 'kefu-remark-reason')).toHaveValue('');
  await expect(panel(page).getByTestId('kefu-remark-fill')).toBeDisabled();
  await expect(page.locator('#seller_words')).not.toHaveValue(/买家要求发顺丰/);

  // Written for this order, it fills this order, and the notice names the host's own save button.
  await panelField(panel(page), 'kefu-remark-reason').fill('买家要求改规格');
  await panel(page).getByTestId('kefu-remark-fill').click();
  await expect(page.locator('#seller_words')).toHaveValue(/买家要求改规格/);
  await expect(panel(page).getByTestId('kefu-remark-notice')).toContainText('「确定」');
  await page.screenshot({ path: 'test-results/remark-bound-to-order.png' });
});

test('remark recovery: free text becomes the reason of a proper line; an edited earlier line shows before and after with its author and can be restored', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, PDD_ORDER);
  const box = page.locator('.note-box textarea');
  const saved = await box.inputValue();
  await box.fill(`${saved}\n买家要求顺丰到付`);
  await page.locator('.note-save').click();
  const guard = panel(page).getByTestId('kefu-remark-guard');
  await expect(guard).toHaveAttribute('data-decision', 'block');
  await guard.getByTestId('kefu-remark-use-text').click();
  const lines = (await box.inputValue()).split('\n');
  expect(lines.slice(0, -1).join('\n')).toBe(saved);
  expect(lines.at(-1)).toMatch(/^【红旗】改地址｜原因：买家要求顺丰到付｜工号：1024｜\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await page.locator('.note-save').click();
  await expect.poll(() => saves(page)).toHaveLength(1);

  // An earlier line edited by hand: before and after, whose line it was, and one click to put it back.
  const now = await box.inputValue();
  await box.fill(now.replace('买家要求改为公司地址', '买家要求改为家里地址'));
  await page.locator('.note-save').click();
  const edit = panel(page).getByTestId('kefu-remark-edit').first();
  await expect(edit).toContainText('买家要求改为公司地址');
  await expect(edit).toContainText('买家要求改为家里地址');
  await expect(edit).toContainText('工号 1024');
  await page.screenshot({ path: 'test-results/remark-recovery.png' });
  await panel(page).getByTestId('kefu-remark-restore').click();
  await expect(box).toHaveValue(now);
});
