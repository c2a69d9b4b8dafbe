import { expect, serviceWorker, test } from './fixtures';

type Chrome = { chrome: { alarms: { create: (name: string, info: object) => Promise<void> }; notifications: { getAll: () => Promise<Record<string, boolean>> } } };

test('a follow-up that fell due is announced by a system notification, with no seller page open', async ({ context }) => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const worker = await serviceWorker(context);
  // A promise row as the background would have stored it, due a minute ago.
  await worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kefu-assist');
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('actions')) return reject(new Error('the background has not created the log yet'));
          const tx = open.result.transaction('actions', 'readwrite');
          tx.objectStore('actions').put({
            id: '00000000-0000-4000-8000-0000000000aa',
            deviceId: 'device-test',
            seq: 0,
            at: Date.now() - 600_000,
            kind: 'promise.created',
            payload: { promiseId: 'p-due-000001', kind: 'check', summary: '查物流后回复', dueAt: Date.now() - 60_000 },
            buyer: { site: 'pinduoduo', shop: '鲜果小铺', nick: 't***8' },
            prevHash: '0'.repeat(64),
            hash: 'x',
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await worker.evaluate(() => (globalThis as unknown as Chrome).chrome.alarms.create('kefu-due-promises', { when: Date.now() + 50 }));
  await expect.poll(() => worker.evaluate(() => (globalThis as unknown as Chrome).chrome.notifications.getAll()), { timeout: 10_000 }).toHaveProperty(['promise:p-due-000001']);
});
