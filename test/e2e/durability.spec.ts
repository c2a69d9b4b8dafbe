import { verifyChain } from '../../utils/log/hash-chain';
import type { Action } from '../../utils/model';
import { expect, openSellerPage, panel, test, waitForActions } from './fixtures';

test('stopping the service worker in the middle of a burst loses no action and writes none twice', async ({ context, page }) => {
  await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');

  const toggle = panel(page).getByTestId('kefu-collapse');
  const clicks = 30;
  for (let i = 0; i < clicks; i++) {
    await toggle.click();
    if (i === 10 || i === 20) await cdp.send('ServiceWorker.stopAllWorkers');
  }

  const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'panel.toggled').length >= clicks, 20_000);
  const toggles = rows.filter((a) => a.kind === 'panel.toggled');
  expect(toggles).toHaveLength(clicks);
  expect(new Set(rows.map((a) => a.id)).size).toBe(rows.length);
  // Logged in the order they happened: collapsed, expanded, collapsed…
  expect(toggles.map((a) => a.payload.collapsed)).toEqual(Array.from({ length: clicks }, (_, i) => i % 2 === 0));
  expect(rows.map((a) => a.seq)).toEqual(rows.map((_, i) => i));
  expect(verifyChain(rows as unknown as Action[])).toEqual([]);
});
