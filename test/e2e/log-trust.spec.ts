import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashAction } from '../../utils/log/hash-chain';
import type { Action } from '../../utils/model';
import { expect, openSellerPage, panel, panelField, readExtensionStorage, serviceWorker, setExtensionStorage, settingsWith, test, waitForActions } from './fixtures';

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

test('an import says what it cannot vouch for: rows past the signed head are an unsigned tail, an edited copy under kept hashes is conflicts, in zh-CN and en', async ({ context, page, extensionId }) => {
  await setExtensionStorage(context, 'settings', settingsWith());
  await openSellerPage(page, PDD_CHAT);
  const toggle = panel(page).getByTestId('kefu-collapse');
  for (let i = 0; i < 4; i++) await toggle.click();
  await waitForActions(context, (r) => r.filter((a) => a.kind === 'panel.toggled').length === 4);
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dash.locator('select[name="format"]').selectOption('ndjson');
  const download = dash.waitForEvent('download');
  await dash.getByTestId('dash-export-start').click();
  const honestPath = join(tmpdir(), `honest-${Date.now()}.ndjson`);
  await (await download).saveAs(honestPath);
  const lines = (await readFile(honestPath, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
  const rows = (lines.filter((l) => !l.checkpoint) as Action[]).sort((a, b) => a.seq - b.seq);
  const checkpoints = lines.filter((l) => l.checkpoint);
  const write = async (name: string, items: unknown[]) => {
    const path = join(tmpdir(), `${name}-${Date.now()}.ndjson`);
    await writeFile(path, items.map((item) => JSON.stringify(item)).join('\n'));
    return path;
  };
  // Three rows invented after the signed head, chained on so the hash chain holds; the old checkpoint replayed.
  const appended = [...rows];
  for (let i = 0; i < 3; i++) {
    const head = appended.at(-1)!;
    const unhashed = { ...head, id: crypto.randomUUID(), seq: head.seq + 1, at: head.at + 1000, prevHash: head.hash, payload: { collapsed: i % 2 === 0 } };
    const { hash: _old, ...rest } = unhashed;
    appended.push({ ...rest, hash: hashAction(rest) } as Action);
  }
  const appendedPath = await write('appended', [...appended, ...checkpoints]);
  // Every row's agent name changed, every hash field kept.
  const tamperedPath = await write('tampered', [...rows.map((r) => ({ ...r, agent: { ...r.agent!, name: '李四' } })), ...checkpoints]);

  await dash.getByRole('tab', { name: '导入合并' }).click();
  const importOne = async (path: string) => {
    await dash.getByTestId('dash-import-file').setInputFiles([path]);
    const report = dash.getByTestId('dash-import-outcome').getByTestId('dash-import-report');
    await expect(report).toHaveAttribute('data-verified', /true|false/);
    return report;
  };
  const honest = await importOne(honestPath);
  await expect(honest).toHaveAttribute('data-verified', 'true');

  const tail = await importOne(appendedPath);
  await expect(tail).toHaveAttribute('data-verified', 'false');
  const device = tail.getByTestId('dash-import-devices').locator('li');
  await expect(device).toHaveAttribute('data-status', 'signed');
  await expect(device).toHaveAttribute('data-tail', '3');
  await expect(device.getByTestId('dash-import-tail')).toHaveText(`未签名的尾部（3 条）：第 ${rows.at(-1)!.seq} 条之后的记录没有签名证明，未经验证`);
  await expect(tail).not.toContainText('哈希链校验通过');

  const tampered = await importOne(tamperedPath);
  await expect(tampered).toHaveAttribute('data-verified', 'false');
  await expect(tampered).toContainText(`${rows.length} 行，新增 0，重复 0`);
  await expect(tampered.locator('li[data-problem="conflict"]')).toHaveCount(rows.length);
  await expect(tampered.locator(`li[data-problem="conflict"][data-seq="${rows[0]!.seq}"]`)).toContainText('与已导入的记录不同（保留先导入的）');

  await setExtensionStorage(context, 'settings', { ...settingsWith(), uiLanguage: 'en' });
  await expect(tampered.locator(`li[data-problem="conflict"][data-seq="${rows[0]!.seq}"]`)).toContainText('differs from the row imported earlier (the earlier one is kept)');
  await expect(tampered).toContainText(`${rows.length} rows, 0 new, 0 duplicates`);
  await importOne(appendedPath);
  await expect(dash.getByTestId('dash-import-tail')).toHaveText(`unsigned tail (3 rows): the rows after row ${rows.at(-1)!.seq} are covered by no signature and are not verified`);
  await dash.screenshot({ path: 'test-results/dashboard-import-tail.png', fullPage: true });
});
