import { expect, openSellerPage, panel, panelField, readExtensionStorage, serviceWorker, test, waitForActions } from './fixtures';

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

test('actions queued in a tab survive the tab: closed while the database is busy, every click is stored once', async ({ context, page }) => {
  await openSellerPage(page, PDD_CHAT);
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  const worker = await serviceWorker(context);
  // Hold a write transaction on the log for 6 s, as a long import or a slow disk would.
  await worker.evaluate(
    () =>
      new Promise<void>((started) => {
        const open = indexedDB.open('kefu-assist');
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('actions', 'readwrite').objectStore('actions');
          const until = Date.now() + 6000;
          const spin = () => {
            if (Date.now() < until) store.get('busy').onsuccess = spin;
            else db.close();
          };
          spin();
          started();
        };
      }),
  );
  const toggle = panel(page).getByTestId('kefu-collapse');
  const clicks = 40;
  for (let i = 0; i < clicks; i++) await toggle.click();
  await page.close();
  const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'panel.toggled').length >= clicks, 20_000);
  const toggles = rows.filter((a) => a.kind === 'panel.toggled');
  expect(toggles).toHaveLength(clicks);
  expect(new Set(toggles.map((a) => a.id)).size).toBe(clicks);
  const left = await readExtensionStorage(context, null);
  expect(Object.keys(left).filter((k) => k.startsWith('outbox:'))).toEqual([]);
});

test('what the agent types into the panel does not bubble out to the page’s key listeners', async ({ page }) => {
  await openSellerPage(page, PDD_CHAT);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    for (const type of ['keydown', 'keyup', 'keypress']) document.addEventListener(type, (e) => seen.push((e as KeyboardEvent).key));
  });
  const tagInput = panelField(panel(page), 'kefu-tag-custom');
  await tagInput.click();
  await tagInput.pressSequentially('secret');
  await expect(tagInput).toHaveValue('secret');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
});
