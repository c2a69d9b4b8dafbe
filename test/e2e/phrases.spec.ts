import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { becomeLead, expect, openSellerPage, panel, panelField, test, unlockDashboard, waitForActions } from './fixtures';

const FEIGE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const TIKTOK_US = 'https://seller-us.tiktok.com/chat/inbox/current';
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __host: { sent: unknown[] } }).__host.sent);

/** Counts every key and input event the host page could hear (on its window, in the capture phase). */
async function listenLikeThePage(page: Page) {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionstart'])
      window.addEventListener(type, (e) => heard.push(`${type}:${(e as KeyboardEvent).key ?? ''}`), true);
  });
  return () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
}

/** A lead imports one template through the dashboard (the real path a library takes to the chat panel). */
async function importTemplate(context: BrowserContext, page: Page, extensionId: string, template: Record<string, unknown>) {
  await becomeLead(context);
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(page);
  await page.getByRole('tab', { name: '规则设置' }).click();
  const block = page.getByTestId('rules-templates');
  const file = join(tmpdir(), `phrases-${Date.now()}.json`);
  await writeFile(file, JSON.stringify({ format: 'kefu-assist/templates', version: 2, templates: [template] }));
  await block.getByTestId('rules-templates-file').setInputFiles(file);
  await block.getByTestId('rules-templates-confirm').click();
  await expect(block.getByTestId('rules-templates-status')).toContainText('新增 1 条');
}

test('the sidebar lists the library in the buyer’s language, finds by pinyin initials, and Enter inserts without the page hearing a key', async ({ context, page }) => {
  await openSellerPage(page, FEIGE);
  const sidebar = panel(page).getByTestId('kefu-phrases');
  await expect(sidebar).toContainText('语言：中文');
  await expect(sidebar.locator('[data-testid="kefu-phrase"][data-template-id^="zh."]').first()).toBeVisible();
  await expect(sidebar.locator('[data-testid="kefu-phrase"][data-template-id^="en."], [data-testid="kefu-phrase"][data-template-id^="ru."]')).toHaveCount(0);
  const heard = await listenLikeThePage(page);
  const search = panelField(sidebar, 'kefu-phrase-search');
  await search.fill('thh');
  const phrases = sidebar.getByTestId('kefu-phrase');
  await expect(phrases.first()).toHaveAttribute('data-template-id', 'zh.aftersale.return');
  await expect(phrases.first()).toHaveAttribute('aria-selected', 'true');
  // Full pinyin and text find too; ↓ moves the highlight inside the list while the caret stays in the search box.
  await search.fill('wuliu');
  await expect(phrases.first()).toHaveAttribute('data-template-id', /^zh\.logistics\./);
  const count = await phrases.count();
  expect(count).toBeGreaterThan(1);
  await search.press('ArrowDown');
  await expect(phrases.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = await phrases.nth(1).getAttribute('data-template-id');
  expect(await heard(), 'the page heard what was typed in the search box').toEqual([]);
  await search.press('Enter');
  const box = page.locator('textarea[data-qa-id="qa-send-message-textarea"]');
  await expect(box).not.toHaveValue('');
  expect(await sent(page)).toEqual([]);
  // What it hears is the reply box being filled (the site's own input event), not a key.
  expect(await heard()).toEqual(['input:']);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'template.inserted'));
  expect(rows.find((a) => a.kind === 'template.inserted')!.payload).toMatchObject({ templateId: second, rank: 1, via: 'sidebar' });
  // A click inserts as well, replacing the draft.
  await search.fill('');
  await sidebar.locator('[data-testid="kefu-phrase"][data-template-id="zh.closing"]').click();
  await expect(box).toHaveValue(/感谢您的支持/);
});

test('a phrase with a choice, a text field and a date opens a small form; it goes in only complete, dated on the market’s clock', async ({ context, page, extensionId }) => {
  await importTemplate(context, page, extensionId, {
    id: 'shop.courier',
    title: '指定快递',
    body: '亲，您选的{选择:顺丰|中通|圆通}已登记，尺码{填写:尺码}，预计{明天}发出。',
    language: 'zh-CN',
    category: '发货通知',
    keywords: ['快递'],
  });
  const chat = await context.newPage();
  await openSellerPage(chat, FEIGE);
  const sidebar = panel(chat).getByTestId('kefu-phrases');
  await panelField(sidebar, 'kefu-phrase-search').fill('zdkd');
  await expect(sidebar.getByTestId('kefu-phrase').first()).toHaveAttribute('data-template-id', 'shop.courier');
  await sidebar.getByTestId('kefu-phrase').first().click();
  const form = sidebar.getByTestId('kefu-snippet-form');
  await expect(form).toBeVisible();
  const box = chat.locator('textarea[data-qa-id="qa-send-message-textarea"]');
  await form.getByTestId('kefu-snippet-insert').click();
  await expect(form).toContainText('还有未选择或未填写的项');
  await expect(box).toHaveValue('');
  await form.getByRole('radio', { name: '中通' }).click();
  await panelField(form, 'kefu-snippet-text-f1').fill('175');
  await form.getByTestId('kefu-snippet-insert').click();
  await expect(form).toHaveCount(0);
  const tomorrow = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric' }).format(Date.now() + 86_400_000);
  await expect(box).toHaveValue(`亲，您选的中通已登记，尺码175，预计${tomorrow}发出。`);
  expect(await sent(chat)).toEqual([]);
});

test('on TikTok Shop US the sidebar, the suggestions and the / picker offer English templates only', async ({ page }) => {
  await openSellerPage(page, TIKTOK_US);
  const sidebar = panel(page).getByTestId('kefu-phrases');
  await expect(sidebar).toContainText('语言：英语');
  const phrases = sidebar.getByTestId('kefu-phrase');
  await expect(phrases.first()).toBeVisible();
  for (const id of await phrases.evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id')))) expect(id).toMatch(/^en\./);
  for (const id of await panel(page)
    .getByTestId('kefu-suggestion')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id'))))
    expect(id).toMatch(/^en\./);
  const box = page.locator('.im-composer textarea');
  await box.pressSequentially('/ship');
  const picker = page.locator('kefu-panel').getByTestId('kefu-caret-picker');
  await expect(picker).toBeVisible();
  const offered = await picker.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id')));
  expect(offered.length).toBeGreaterThan(0);
  for (const id of offered) expect(id).toMatch(/^en\./);
});

test('the template editor puts each label above its input, previews snippet dates, and refuses a malformed snippet without losing the text', async ({ context, page, extensionId }) => {
  await becomeLead(context);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(page);
  await page.getByRole('tab', { name: '规则设置' }).click();
  const block = page.getByTestId('rules-templates');
  await block.getByTestId('team-template-new').click();
  const editor = block.getByTestId('template-editor');
  for (const testId of ['template-title', 'template-category', 'template-shortcut', 'template-keywords', 'template-questions', 'template-body']) {
    const field = editor.getByTestId(testId);
    const label = field.locator('xpath=ancestor::label[1]');
    const [f, l] = [(await field.boundingBox())!, (await label.boundingBox())!];
    // The label's own text is above the field, inside the same box; the field starts at the label's left edge.
    expect(f.y, testId).toBeGreaterThan(l.y + 8);
    expect(Math.abs(f.x - l.x), testId).toBeLessThan(4);
  }
  await editor.getByTestId('template-title').fill('预计发货');
  const body = '亲，预计{+2天}用{选择:顺丰|中通 发出';
  await editor.getByTestId('template-body').fill(body);
  await expect(editor.getByTestId('template-snippet-error')).toContainText('缺少右括号');
  await editor.getByTestId('template-save').click();
  await expect(editor.getByRole('alert')).toContainText('{选择:顺丰|中通 发出');
  await expect(editor.getByTestId('template-body')).toHaveValue(body);
  await editor.getByTestId('template-body').fill('亲，预计{+2天}发出');
  const inTwoDays = new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric' }).format(Date.now() + 2 * 86_400_000);
  await expect(editor.getByTestId('template-preview')).toHaveText(`亲，预计${inTwoDays}发出`);
  await expect(editor.getByTestId('template-snippet-error')).toHaveCount(0);
});
