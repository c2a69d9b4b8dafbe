import type { Page } from '@playwright/test';
import { becomeLead, expect, openSellerPage, panel, readActions, test, unlockDashboard, waitForActions } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
type Host = { sent: string[]; receive: (text: string) => void };
const receive = (page: Page, text: string) => page.evaluate((t) => (window as unknown as { __host: Host }).__host.receive(t), text);
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.sent.length);

// The buyer's own words, matching none of the default pack's questions closely enough to be one of them.
const BUYER = '亲 这件衣服现在还能买到不';
// The second time in other words, alike enough (cosine ≥ 0.7) to count as the same phrasing.
const AGAIN = '亲 这件衣服现在还能买到不呀';

test('a template inserted from the suggestions and sent twice makes the buyer words a learned phrasing, counted in the phrase library and never in the log', async ({ context, page, extensionId }) => {
  await becomeLead(context);
  await openSellerPage(page, PDD_CHAT);
  let templateId: string | null = null;
  for (let round = 1; round <= 2; round++) {
    // The buyer's words ride along with a question the pack does answer (the page's first message in round 1, a
    // parcel question in round 2), as in a real chat: the template picked for that turn learns them.
    if (round === 2) await receive(page, '我的快递到哪了');
    await receive(page, round === 1 ? BUYER : AGAIN);
    // The panel has read the new message (its suggestions are shown for it) before the agent picks.
    await waitForActions(context, (r) => r.filter((a) => a.kind === 'suggestion.shown').length >= round + 1); // the page's first message had its own
    const first = panel(page).getByTestId('kefu-suggestion').first();
    await expect(first).toBeVisible();
    templateId ??= await first.getAttribute('data-template-id');
    await expect(first).toHaveAttribute('data-template-id', templateId!);
    await page.locator('#replyTextarea').click();
    await page.keyboard.press('Alt+Shift+1');
    await expect(page.locator('#replyTextarea')).not.toHaveValue('');
    await page.locator('.reply-box .send-btn').click();
    await expect.poll(() => sent(page)).toBe(round);
  }

  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(dashboard);
  await dashboard.getByRole('tab', { name: '规则设置' }).click();
  const item = dashboard
    .getByTestId('learned-phrasings')
    .getByTestId('learned-item')
    .filter({ has: dashboard.getByText(BUYER, { exact: true }) });
  await expect(item).toHaveAttribute('data-template', templateId!);
  await expect(item.getByTestId('learned-uses')).toHaveText('用过 2 次，改写/删除 0 次');
  // The chat text is in the learned table only: no row of the action log carries it.
  expect((await readActions(context)).filter((a) => JSON.stringify(a).includes('还能买到不'))).toEqual([]);

  // Accepted, it becomes one of the template's questions (and leaves the learned list).
  await item.getByTestId('learned-accept').click();
  await expect(item).toHaveCount(0);
  await dashboard.locator(`[data-testid="template-item"][data-id="${templateId}"]`).getByRole('button', { name: '编辑' }).click();
  await expect(dashboard.getByTestId('template-questions')).toHaveValue(new RegExp(BUYER));
});
