import { expect, openSellerPage, panel, test, waitForActions } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';

test('a buyer name, uid and message id longer than the schema allow are clipped and flagged; the tab keeps logging', async ({ context, page }) => {
  await openSellerPage(page, PDD_CHAT);
  await page.evaluate(() => {
    document.querySelector('.chatWindowHeader .base-info .name')!.textContent = '长'.repeat(101);
    document.querySelectorAll('[currentuid]').forEach((el) => el.setAttribute('currentuid', '7'.repeat(70)));
    document.querySelector('#msgListContainer li.onemsg')!.id = 'm'.repeat(90);
  });
  await expect(panel(page).getByTestId('kefu-buyer-name')).toHaveText('长'.repeat(100));
  const toggle = panel(page).getByRole('button', { name: '收起' });
  await toggle.click();
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.toggled') && r.some((a) => a.kind === 'adapter.clipped'));
  const toggled = rows.find((a) => a.kind === 'panel.toggled')!;
  expect(toggled.buyer?.nick).toBe('长'.repeat(100));
  expect(toggled.buyer?.buyerId).toBe('7'.repeat(64));
  expect(rows.find((a) => a.kind === 'adapter.clipped')!.payload.fields).toEqual(expect.arrayContaining(['buyer.displayName', 'buyer.id']));
  expect(rows.filter((a) => a.kind === 'message.rejected')).toEqual([]);
  await panel(page).getByRole('button', { name: '展开' }).click();
  await waitForActions(context, (r) => r.filter((a) => a.kind === 'panel.toggled').length === 2);
});
