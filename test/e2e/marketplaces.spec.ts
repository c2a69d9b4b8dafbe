import type { Page } from '@playwright/test';
import { expect, openSellerPage, panel, test, waitForActions } from './fixtures';

type Host = { sent: string[]; model: () => string; receive: (text: string) => void };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.sent);
const model = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.model());

const KUAISHOU = 'https://im.kwaixiaodian.com/workbench';
const QUILL = '.SendBox .ql-editor';
const KUAISHOU_SEND = '.SendBox-buttonRight .ant-btn-primary';

test('Kuaishou: a suggestion fills the Quill reply box so Quill’s own model holds it, and Enter sends it', async ({ context, page }) => {
  await openSellerPage(page, KUAISHOU);
  await expect(panel(page).getByTestId('kefu-platform-timer')).toContainText('2分15秒后超时');
  await expect(panel(page).getByTestId('kefu-site-gap')).toContainText('备注');
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', 'zh.logistics.where');
  await first.getByRole('button', { name: '填入' }).click();
  const expected = (await first.locator('.kefu-preview').textContent())!;
  expect(expected).toContain('75123456789012');
  await expect.poll(() => model(page)).toBe(expected);
  await page.locator(QUILL).press('Enter');
  await expect.poll(() => sent(page)).toEqual([expected]);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent'));
  expect(rows.find((a) => a.kind === 'message.sent')!.payload).toMatchObject({ via: 'enter', length: expected.length });
  expect(rows.find((a) => a.kind === 'message.sent')!.site).toBe('kuaishou');
});

test('Kuaishou: a diverting reply typed into Quill is blocked on Enter and on the send button', async ({ page }) => {
  await openSellerPage(page, KUAISHOU);
  await page.locator(QUILL).click();
  await page.keyboard.type('加我微信聊');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  await page.locator(KUAISHOU_SEND).click();
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  expect(await sent(page)).toEqual([]);
  expect(await model(page)).toBe('加我微信聊');
});
