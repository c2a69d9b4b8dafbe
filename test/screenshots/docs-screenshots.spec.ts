import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { becomeLead, expect, openSellerPage, panel, panelField, setExtensionStorage, settingsWith, test, unlockDashboard, waitForActions } from '../e2e/fixtures';

/**
 * The README's screenshots, in zh-CN with Noto CJK (fonts-noto-cjk), at 1366×768: `npx wxt build && WXT_E2E_BUILD=1
 * npx wxt build`, then `npm run screenshots`. Each also checks what it shows is readable (nothing of ours over the
 * host's send button or the newest buyer message), so a picture of a broken layout fails instead of being saved.
 */
const OUT = 'docs/screenshots';
const VIEW = { width: 1366, height: 768 };
const FEIGE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const FEIGE_INPUT = 'textarea[data-qa-id="qa-send-message-textarea"]';
const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
const PDD_ORDER = 'https://mms.pinduoduo.com/orders/detail?type=4399&sn=261120-538127364510922';

const COURIER = {
  id: 'shop.courier-choice',
  title: '指定快递',
  body: '亲，已为您登记{选择:顺丰|中通|圆通}，尺码{填写:尺码}，预计{明天}发出。',
  language: 'zh-CN',
  category: '发货通知',
  keywords: ['快递'],
};

async function importTemplate(context: BrowserContext, page: Page, extensionId: string) {
  await becomeLead(context);
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(page);
  await page.getByRole('tab', { name: '规则设置' }).click();
  const block = page.getByTestId('rules-templates');
  const file = join(tmpdir(), `screenshots-${Date.now()}.json`);
  await writeFile(file, JSON.stringify({ format: 'kefu-assist/templates', version: 2, templates: [COURIER] }));
  await block.getByTestId('rules-templates-file').setInputFiles(file);
  await block.getByTestId('rules-templates-confirm').click();
  await expect(block.getByTestId('rules-templates-status')).toContainText('新增 1 条');
}

/** Nothing of ours is drawn at the middle of these host elements. */
async function expectUncovered(page: Page, selectors: string[]) {
  for (const selector of selectors) {
    const box = (await page.locator(selector).last().boundingBox())!;
    const ours = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('kefu-panel') != null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(ours, `${selector} covered`).toBe(false);
  }
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(VIEW);
});

test('the panel on a chat page (拼多多)', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, PDD_CHAT);
  await page.waitForTimeout(600);
  await expectUncovered(page, ['.reply-box .send-btn', '.buyer-item .msg-content-box']);
  await page.screenshot({ path: `${OUT}/panel-chat.png` });
});

test('the quick-phrase sidebar and the snippet form (飞鸽)', async ({ context, page, extensionId }) => {
  await importTemplate(context, page, extensionId);
  await setExtensionStorage(context, 'settings', settingsWith());
  const chat = await context.newPage();
  await chat.setViewportSize(VIEW);
  await openSellerPage(chat, FEIGE);
  await chat.waitForTimeout(600);
  const sidebar = panel(chat).getByTestId('kefu-phrases');
  // The panel's body scrolled so the sidebar starts at its top (the title bar stays where it is).
  await sidebar.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expectUncovered(chat, ['[data-qa-id="qa-send-message-button"]', '.messageNotMe pre']);
  await chat.screenshot({ path: `${OUT}/phrase-sidebar.png` });
  await sidebar.locator(`[data-testid="kefu-phrase"][data-template-id="${COURIER.id}"]`).click();
  const form = sidebar.getByTestId('kefu-snippet-form');
  await form.getByRole('radio', { name: '中通' }).click();
  await form.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await chat.screenshot({ path: `${OUT}/snippet-form.png` });
  await expect(chat.locator(FEIGE_INPUT)).toHaveValue('');
});

test('the remark builder at 1366×768 (拼多多 order detail)', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, PDD_ORDER);
  await page.waitForTimeout(600);
  await panel(page).getByTestId('kefu-remark-change').selectOption('改数量');
  await panelField(panel(page), 'kefu-remark-reason').fill('买家改为买2件');
  await expect(panel(page).getByTestId('kefu-remark-fill')).toBeEnabled();
  await expect(panel(page).getByTestId('kefu-remark-fill')).toBeInViewport();
  await expectUncovered(page, ['.note-save', '.note-box textarea']);
  await page.screenshot({ path: `${OUT}/remark-builder.png` });
});

test('the dashboard KPI tab', async ({ context, page, extensionId }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, FEIGE);
  await page.locator(FEIGE_INPUT).fill('亲，这款是全网最低价');
  await page.locator(FEIGE_INPUT).press('Enter');
  await page.locator(FEIGE_INPUT).fill('您好，已为您查询物流，预计明天送达');
  await page.locator(FEIGE_INPUT).press('Enter');
  await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent'));
  const dash = await context.newPage();
  await dash.setViewportSize(VIEW);
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dash.getByRole('tab', { name: '绩效指标' }).click();
  await expect(dash.getByTestId('dash-kpi-table').locator('tr[data-agent="1024"]').first()).toBeVisible();
  await dash.waitForTimeout(400);
  await dash.screenshot({ path: `${OUT}/dashboard-kpi.png`, fullPage: true });
});
