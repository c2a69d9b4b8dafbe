import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { becomeLead, expect, openSellerPage, panel, panelField, test, unlockDashboard } from './fixtures';

const FEIGE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const FEIGE_INPUT = 'textarea[data-qa-id="qa-send-message-textarea"]';
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __host: { sent: unknown[] } }).__host.sent);

/** A template with a choice and a text field, about where a parcel is (the 飞鸽 buyer asks 我的快递到哪了？). */
const COURIER = {
  questions: ['我的快递到哪了？怎么还没到'],
  id: 'shop.where-courier',
  title: '快递到哪了·指定快递',
  body: '亲，您的快递走{选择:顺丰|中通|圆通}，单号{填写:单号}，预计{明天}到。',
  language: 'zh-CN',
  category: '物流查询/催发货',
  keywords: ['快递', '到哪', '没到', '物流', '快递到哪了'],
  shortcut: ';kddn',
};

/** A lead imports the template through the dashboard (the real path a library takes to the chat panel). */
async function importTemplate(context: BrowserContext, page: Page, extensionId: string) {
  await becomeLead(context);
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(page);
  await page.getByRole('tab', { name: '规则设置' }).click();
  const block = page.getByTestId('rules-templates');
  const file = join(tmpdir(), `snippet-insert-${Date.now()}.json`);
  await writeFile(file, JSON.stringify({ format: 'kefu-assist/templates', version: 2, templates: [COURIER] }));
  await block.getByTestId('rules-templates-file').setInputFiles(file);
  await block.getByTestId('rules-templates-confirm').click();
  await expect(block.getByTestId('rules-templates-status')).toContainText('新增 1 条');
}

const tomorrow = () => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric' }).format(Date.now() + 86_400_000);

/** The form opened by an insert: nothing goes in incomplete; chosen and filled, the whole text goes in, unsent. */
async function fillTheForm(chat: Page) {
  const form = panel(chat).getByTestId('kefu-suggestions').locator('xpath=..').getByTestId('kefu-snippet-form');
  await expect(form).toBeVisible();
  const box = chat.locator(FEIGE_INPUT);
  await expect(box).not.toHaveValue(/\{选择/);
  await form.getByTestId('kefu-snippet-insert').click();
  await expect(form).toContainText('还有未选择或未填写的项');
  await form.getByRole('radio', { name: '中通' }).click();
  await panelField(form, 'kefu-snippet-text-f1').fill('ZT7788');
  await form.getByTestId('kefu-snippet-insert').click();
  await expect(form).toHaveCount(0);
  await expect(box).toHaveValue(`亲，您的快递走中通，单号ZT7788，预计${tomorrow()}到。`);
  expect(await sent(chat)).toEqual([]);
  // Filled, it sends: the guard has nothing unfilled to stop.
  await box.press('Enter');
  await expect.poll(() => sent(chat)).toHaveLength(1);
}

test('a suggestion with fields opens the snippet form on a click before anything goes in', async ({ context, page, extensionId }) => {
  await importTemplate(context, page, extensionId);
  const chat = await context.newPage();
  await openSellerPage(chat, FEIGE);
  const suggestion = panel(chat).locator(`[data-testid="kefu-suggestion"][data-template-id="${COURIER.id}"]`);
  await expect(suggestion).toBeVisible();
  await suggestion.getByRole('button').click();
  await expect(chat.locator(FEIGE_INPUT)).toHaveValue('');
  await fillTheForm(chat);
});

test('a template with fields picked in the / picker opens the same snippet form, not the raw snippet', async ({ context, page, extensionId }) => {
  await importTemplate(context, page, extensionId);
  const chat = await context.newPage();
  await openSellerPage(chat, FEIGE);
  const box = chat.locator(FEIGE_INPUT);
  await box.pressSequentially('/指定快递');
  const picker = chat.locator('kefu-panel').getByTestId('kefu-caret-picker');
  await expect(picker.locator(`[data-template-id="${COURIER.id}"]`)).toBeVisible();
  await expect(picker.getByRole('option').first()).toHaveAttribute('data-template-id', COURIER.id);
  await box.press('Enter');
  await expect(box).toHaveValue('/指定快递');
  await fillTheForm(chat);
});

test('a short code for a template with fields opens the form too, and the filled text goes where the code was typed', async ({ context, page, extensionId }) => {
  await importTemplate(context, page, extensionId);
  const chat = await context.newPage();
  await openSellerPage(chat, FEIGE);
  const box = chat.locator(FEIGE_INPUT);
  await box.pressSequentially('好的 ;kddn ');
  const form = panel(chat).getByTestId('kefu-snippet-form');
  await expect(form).toBeVisible();
  await expect(box).toHaveValue('好的 ;kddn ');
  await form.getByRole('radio', { name: '顺丰' }).click();
  await panelField(form, 'kefu-snippet-text-f1').fill('SF123');
  await form.getByTestId('kefu-snippet-insert').click();
  await expect(box).toHaveValue(new RegExp(`^好的 亲，您的快递走顺丰，单号SF123，预计${tomorrow()}到。\\s?$`));
  expect(await sent(chat)).toEqual([]);
});
