import type { Page } from '@playwright/test';
import { expect, openSellerPage, panel, panelField, setExtensionStorage, settingsWith, test, waitForActions } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
const HOUR = 3_600_000;
type Host = { receive: (text: string) => void };

async function registerTotal(page: Page, extensionId: string, at?: number): Promise<string> {
  if (at) await page.clock.setFixedTime(at);
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.getByRole('tab', { name: '投诉登记' }).click();
  return (await page.getByTestId('register-total').textContent()) ?? '';
}

test('a complaint becomes a case: opened from the panel, on the card, due and overdue in the handover, closed only after the return visit, counted in the register', async ({
  context,
  page,
  extensionId,
}) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, PDD_CHAT);
  await page.evaluate(() => (window as unknown as { __host: Host }).__host.receive('收到的杯子碎了，你们怎么包装的'));
  const cases = panel(page).getByTestId('kefu-cases');
  await expect(cases.getByTestId('kefu-case-offer')).toHaveAttribute('data-cue', 'damage');
  await cases.getByRole('button', { name: '开单' }).click();
  await expect(cases.getByTestId('kefu-case-category')).toHaveValue('质量');
  await panelField(cases, 'kefu-case-wants').fill('补发一个新杯子');
  await cases.getByTestId('kefu-case-evidence').selectOption('asked');
  await cases.getByTestId('kefu-case-submit').click();
  const item = cases.getByTestId('kefu-case');
  await expect(item).toHaveAttribute('data-status', 'open');
  await expect(item).toContainText('补发一个新杯子');
  await expect(item).toContainText('负责人 1024');
  await page.screenshot({ path: 'test-results/case-panel.png' });
  const opened = (await waitForActions(context, (r) => r.some((a) => a.kind === 'case.opened'))).find((a) => a.kind === 'case.opened')!;
  expect(opened.payload).toMatchObject({ category: '质量', wants: '补发一个新杯子', evidence: 'asked' });
  expect(opened.agent?.staffId).toBe('1024');

  // The clock moves on two days: the handover and the register see the resolution overdue.
  const later = Date.now() + 49 * HOUR;
  const popup = await context.newPage();
  await popup.clock.setFixedTime(later);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const handed = popup.getByTestId('handover').locator('li[data-kind="case"]');
  await expect(handed).toContainText('补发一个新杯子');
  await expect(handed).toHaveAttribute('data-overdue', 'true');
  await expect(handed).toContainText('负责人 1024');
  const dashboard = await context.newPage();
  expect(await registerTotal(dashboard, extensionId, later)).toContain('完结率: 0%');
  await expect(dashboard.getByTestId('register-daily')).toContainText('超时 1');

  // Resolved → the return visit is due; the case closes only once the visit is logged.
  await item.getByTestId('kefu-case-resolution').selectOption('resend');
  await item.getByTestId('kefu-case-resolve').click();
  await expect(item).toHaveAttribute('data-status', 'resolved');
  await expect(item.getByTestId('kefu-case-due')).toContainText('回访');
  await expect(item.getByTestId('kefu-case-close')).toHaveCount(0);
  await item.getByTestId('kefu-case-visit-done').click();
  await expect(item).toHaveAttribute('data-status', 'visited');
  await item.getByTestId('kefu-case-close').click();
  await expect(cases.getByTestId('kefu-case')).toHaveCount(0);

  await waitForActions(context, (r) => r.some((a) => a.kind === 'case.closed'));
  expect(await registerTotal(dashboard, extensionId)).toContain('完结率: 100%');
  await expect(dashboard.getByTestId('register-cases').locator('tr[data-status="closed"]')).toContainText('补发/重发');
  await dashboard.screenshot({ path: 'test-results/case-register.png', fullPage: true });
});
