import type { Locator, Page } from '@playwright/test';
import { expect, openSellerPage, test, waitForActions } from './fixtures';

type Host = { sent: string[]; model: () => string };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.sent);
const model = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.model());

/** The picker sits at the caret: its left edge near the caret's x and right above or below the caret's line. */
async function expectAtCaret(page: Page, picker: Locator, box: Locator) {
  const at = (await picker.boundingBox())!;
  const input = (await box.boundingBox())!;
  expect(at.x).toBeGreaterThanOrEqual(input.x);
  expect(at.x).toBeLessThan(input.x + 200); // a short query: the caret is near the box's left edge
  const nearTop = Math.abs(at.y + at.height - input.y) < 60 || Math.abs(at.y - (input.y + 30)) < 60;
  expect(nearTop, `picker at y=${at.y}..${at.y + at.height}, box top ${input.y}`).toBe(true);
}

test('in a textarea: / and words open a list at the caret; arrows move, the preview follows, Enter fills the highlighted one and nothing is sent', async ({ context, page }) => {
  await openSellerPage(page, 'https://im.jinritemai.com/pc_seller_v2/main/workspace');
  const box = page.locator('textarea[data-qa-id="qa-send-message-textarea"]');
  await box.pressSequentially('/物流');
  const picker = page.locator('kefu-panel').getByTestId('kefu-caret-picker');
  await expect(picker).toBeVisible();
  await expectAtCaret(page, picker, box);
  const options = picker.getByRole('option');
  expect(await options.count()).toBeGreaterThan(1);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = await options.nth(1).getAttribute('data-template-id');
  const preview = (await picker.getByTestId('kefu-caret-preview').textContent())!;
  await page.screenshot({ path: 'test-results/caret-picker-open.png' });
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue(preview);
  await expect(picker).toHaveCount(0);
  expect(await sent(page)).toEqual([]);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'template.inserted'));
  expect(rows.find((a) => a.kind === 'template.inserted')!.payload).toMatchObject({ templateId: second, rank: 1, via: 'search' });
});

test('Esc closes the list without sending; the mouse picks too', async ({ page }) => {
  await openSellerPage(page, 'https://im.jinritemai.com/pc_seller_v2/main/workspace');
  const box = page.locator('textarea[data-qa-id="qa-send-message-textarea"]');
  await box.pressSequentially('/差评');
  const picker = page.locator('kefu-panel').getByTestId('kefu-caret-picker');
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await page.keyboard.press('Enter');
  expect(await sent(page)).toEqual([]);
  await expect(box).toHaveValue('/差评');
  // Editing the query opens the list again; a click picks.
  await box.press('Backspace');
  await expect(picker).toBeVisible();
  await picker.getByRole('option').first().click();
  await expect(box).toHaveValue(/不太满意/);
  expect(await sent(page)).toEqual([]);
});

test('in a contenteditable (Quill) editor: the list opens at the caret and Tab fills the editor’s own model', async ({ page }) => {
  await openSellerPage(page, 'https://im.kwaixiaodian.com/workbench');
  const box = page.locator('.SendBox .ql-editor');
  await box.click();
  await page.keyboard.type('/物流');
  const picker = page.locator('kefu-panel').getByTestId('kefu-caret-picker');
  await expect(picker).toBeVisible();
  await expectAtCaret(page, picker, box);
  const preview = (await picker.getByTestId('kefu-caret-preview').textContent())!;
  await page.keyboard.press('Tab');
  await expect.poll(() => model(page)).toBe(preview);
  expect(await sent(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/caret-picker-quill.png' });
});

test('a short code expands on a space into the filled template, one Backspace undoes it, and Enter never expands where it sends', async ({ context, page }) => {
  await openSellerPage(page, 'https://im.jinritemai.com/pc_seller_v2/main/workspace');
  const box = page.locator('textarea[data-qa-id="qa-send-message-textarea"]');
  await box.pressSequentially(';wl ');
  await expect(box).toHaveValue(/6925095897028853458.*SF1402233445566/);
  expect(await model(page)).toMatch(/^您好，麻烦您稍等/);
  await box.press('Backspace');
  await expect(box).toHaveValue(';wl ');
  await box.fill('');
  await box.pressSequentially(';wl');
  await box.press('Enter'); // Feige: Enter sends — the code goes out as typed, unexpanded
  await expect.poll(() => sent(page)).toEqual([';wl']);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'template.inserted'));
  expect(rows.find((a) => a.kind === 'template.inserted')!.payload).toMatchObject({ templateId: 'zh.logistics.where', via: 'shortcut' });
});
