import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { becomeLead, expect, openSellerPage, panel, test, waitForActions, openRules } from './fixtures';
import { DEFAULT_TEMPLATES } from '../../utils/templates/default-pack';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
const PDD_ORDER = 'https://mms.pinduoduo.com/orders/detail?type=4399&sn=261120-538127364510922';

test('a lead exports the templates, a bad file is refused whole, and an imported library reaches the chat panel', async ({ context, page }) => {
  await becomeLead(context);
  await openRules(page);
  const block = page.getByTestId('rules-templates');
  await expect(block).toContainText(`当前 ${DEFAULT_TEMPLATES.length} 条模板`);
  const download = page.waitForEvent('download');
  await block.getByRole('button', { name: '导出' }).click();
  const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(exported.templates).toHaveLength(DEFAULT_TEMPLATES.length);

  const bad = structuredClone(exported);
  bad.templates[3].body = '';
  const badPath = join(tmpdir(), `bad-${Date.now()}.json`);
  await writeFile(badPath, JSON.stringify(bad));
  await block.getByTestId('rules-templates-file').setInputFiles(badPath);
  await expect(block.getByTestId('rules-templates-status')).toContainText('templates[3].body');
  await expect(block).toContainText(`当前 ${DEFAULT_TEMPLATES.length} 条模板`);

  const mine = {
    ...exported,
    templates: [{ id: 'shop.delivery', title: '本店物流', body: '亲，{买家}，本店统一发顺丰，请放心。', language: 'zh-CN', category: '物流查询/催发货', keywords: ['快递', '物流', '到'] }],
  };
  const goodPath = join(tmpdir(), `good-${Date.now()}.json`);
  await writeFile(goodPath, JSON.stringify(mine));
  await block.getByTestId('rules-templates-file').setInputFiles(goodPath);
  // Merged by id, shown before anything changes.
  await expect(block.getByTestId('rules-templates-preview')).toContainText('新增 1 条，修改 0 条，不变 0 条');
  await block.getByTestId('rules-templates-confirm').click();
  await expect(block.getByTestId('rules-templates-status')).toHaveText('已导入：新增 1 条，修改 0 条');
  await expect(block).toContainText(`当前 ${DEFAULT_TEMPLATES.length + 1} 条模板`);

  const chat = await context.newPage();
  await openSellerPage(chat, PDD_CHAT);
  await expect(panel(chat).locator('[data-testid="kefu-suggestion"][data-template-id="shop.delivery"]')).toBeVisible();
});

test('a shop banned word set in the dashboard blocks the send, and the hotkey follows the popup setting', async ({ context, page }) => {
  await becomeLead(context, { hotkey: 'ctrl+shift' });
  await openRules(page);
  await page.getByTestId('rules-banned-terms').fill('拼夕夕\n');
  await page.getByTestId('rules-guard-save').click();
  await expect(page.getByTestId('rules-guard').getByRole('status')).toHaveText(/已保存/);

  const chat = await context.newPage();
  await openSellerPage(chat, PDD_CHAT);
  await chat.locator('#replyTextarea').fill('我们不是拼夕夕');
  await chat.locator('.reply-box .send-btn').click();
  await expect(panel(chat).getByTestId('kefu-guard').locator('[data-rule-id="shop.banned"]')).toBeVisible();

  await chat.locator('#replyTextarea').fill('');
  await chat.keyboard.press('Alt+Shift+1');
  await expect(chat.locator('#replyTextarea')).toHaveValue('');
  await chat.keyboard.press('Control+Shift+1');
  await expect(chat.locator('#replyTextarea')).not.toHaveValue('');
  await expect(panel(chat).getByTestId('kefu-suggestion').first().locator('kbd')).toHaveText('Ctrl+Shift+1');

  await chat.locator('.reply-box .send-btn').click();
  let rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent'));
  expect(rows.find((a) => a.kind === 'message.sent')!.payload).not.toHaveProperty('text');
  await page.getByTestId('rules-log-text').check();
  await chat.locator('#replyTextarea').fill('您好，已为您登记');
  await chat.locator('.reply-box .send-btn').click();
  rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'message.sent').length === 2);
  expect(rows.filter((a) => a.kind === 'message.sent')[1]!.payload).toMatchObject({ text: '您好，已为您登记' });
});

test('with the remark format set to warn only, an invalid remark saves after confirmation and counts as invalid', async ({ context, page }) => {
  await becomeLead(context);
  await openRules(page);
  await page.getByTestId('rules-remark-enforcement').selectOption('warn');
  await page.getByTestId('rules-remark-save').click();
  await expect(page.getByTestId('rules-remark-status')).toHaveText(/已保存/);

  const order = await context.newPage();
  await openSellerPage(order, PDD_ORDER);
  const box = order.locator('.note-box textarea');
  await box.fill(`${await box.inputValue()}\n改了地址`);
  await order.locator('.note-save').click();
  const guard = panel(order).getByTestId('kefu-remark-guard');
  await expect(guard).toHaveAttribute('data-decision', 'confirm');
  await guard.getByTestId('kefu-remark-confirm').click();
  await order.locator('.note-save').click();
  await expect(order.locator('.note-text')).toContainText('改了地址');
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'remark.saved'));
  expect(rows.find((a) => a.kind === 'remark.saved')!.payload).toMatchObject({ valid: false, linesAdded: 1 });

  await page.getByTestId('rules-remark-json').evaluate((el) => ((el.closest('details') as HTMLDetailsElement).open = true));
  await page.getByTestId('rules-remark-json').fill('{"version": 1}');
  await page.getByTestId('rules-remark-save').click();
  await expect(page.getByTestId('rules-remark-status')).toContainText('未保存');
});
