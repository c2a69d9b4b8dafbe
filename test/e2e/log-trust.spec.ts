import type { BrowserContext } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashAction, verifyChain } from '../../utils/log/hash-chain';
import type { Action } from '../../utils/model';
import { expect, openSellerPage, panel, panelField, readActions, readExtensionStorage, setExtensionStorage, settingsWith, test, waitForActions } from './fixtures';

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

/**
 * Holds a write transaction on the log from an extension page (not the worker, which the other case keeps stopping)
 * until `release()`, as a long import or a slow disk would.
 */
async function holdDatabase(context: BrowserContext, extensionId: string): Promise<{ release: () => Promise<void> }> {
  const holder = await context.newPage();
  await holder.goto(`chrome-extension://${extensionId}/popup.html`);
  await holder.evaluate(
    () =>
      new Promise<void>((started) => {
        const open = indexedDB.open('kefu-assist');
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('actions', 'readwrite').objectStore('actions');
          const until = Date.now() + 60_000;
          const spin = () => {
            if (Date.now() < until && !(globalThis as { releaseLog?: boolean }).releaseLog) store.get('busy').onsuccess = spin;
            else db.close();
          };
          spin();
          started();
        };
      }),
  );
  return { release: async () => (await holder.evaluate(() => ((globalThis as { releaseLog?: boolean }).releaseLog = true)), await holder.close()) };
}

const CLOSE_CLICKS = 120;

for (const [condition, pace] of [
  ['the database busy', 'one by one'],
  ['the worker stopped', 'one by one'],
  ['the database busy', 'in one burst'],
  ['the worker stopped', 'in one burst'],
] as const) {
  // A burst is measured on its own (the serial phase): under a parallel run's load the browser's queue of frame
  // messages grows, and what a closed tab still had in it is dropped (60–70 of 120 stored with two busy cores).
  test(`${CLOSE_CLICKS} trusted clicks ${pace}, the tab closed at 0 ms with ${condition}: ${pace === 'one by one' ? 'every click' : 'at least two thirds'} stored once, in order${pace === 'in one burst' ? ' @alone' : ''}`, async ({
    context,
    page,
    extensionId,
  }) => {
    // Known gap: 120 clicks of raw input within ~200 ms and the tab closed at once can still lose the last few (80–120
    // of 120 stored with the database busy, 115–120 with the worker stopped; the previous build stored 52): Chrome
    // drops the storage writes a closed frame still had queued. At the pace of a hand nothing may be lost; in a burst
    // at least two thirds must arrive, each once and in order (a regression to the old build's loss fails).
    const mustArrive = pace === 'one by one' ? CLOSE_CLICKS : Math.ceil((CLOSE_CLICKS * 2) / 3);
    test.setTimeout(90_000);
    await openSellerPage(page, PDD_CHAT);
    await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    let stopping = false;
    let stopper: Promise<void> = Promise.resolve();
    const held = condition === 'the database busy' ? await holdDatabase(context, extensionId) : undefined;
    // The holder's tab came to the front; a tab behind it gets no animation frames, and clicks wait for them.
    await page.bringToFront();
    if (condition === 'the worker stopped') {
      stopping = true;
      // Stopped before the first click and again every 50 ms, so no batch is acknowledged before the tab is gone.
      stopper = (async () => {
        while (stopping) {
          await cdp.send('ServiceWorker.stopAllWorkers').catch(() => {});
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
    }
    const toggle = panel(page).getByTestId('kefu-collapse');
    // The page's own count of the trusted clicks that reached the panel (a click still queued at close never happened).
    await page.evaluate(() => {
      (window as unknown as { clicks: number }).clicks = 0;
      document.addEventListener('click', (e) => e.isTrusted && (window as unknown as { clicks: number }).clicks++, true);
    });
    if (pace === 'one by one') for (let i = 0; i < CLOSE_CLICKS; i++) await toggle.click();
    else {
      // Trusted input as fast as the browser takes it: many clicks land in the same task as the outbox write before.
      const box = (await toggle.boundingBox())!;
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left' as const, clickCount: 1 };
      await Promise.all(
        Array.from({ length: CLOSE_CLICKS }, () => [
          cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at }),
          cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at }),
        ]).flat(),
      );
    }
    const clicked = await page.evaluate(() => (window as unknown as { clicks: number }).clicks);
    await page.close();
    stopping = false;
    await stopper;
    await held?.release();

    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/popup.html`);
    expect(clicked).toBe(CLOSE_CLICKS);
    const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'panel.toggled').length >= (pace === 'one by one' ? CLOSE_CLICKS : mustArrive), 30_000, reader).catch(
      async (error) => {
        const stored = (await readActions(context, reader)).filter((a) => a.kind === 'panel.toggled').length;
        throw new Error(`${stored} of ${CLOSE_CLICKS} clicks stored (${(error as Error).message.slice(0, 80)})`);
      },
    );
    // Whatever reached the outbox is delivered before we count (a burst's last drafts come with the drain).
    if (pace === 'in one burst') await reader.waitForTimeout(5000);
    const all = pace === 'in one burst' ? await readActions(context, reader) : rows;
    const toggles = all.filter((a) => a.kind === 'panel.toggled');
    test.info().annotations.push({ type: 'stored', description: `${toggles.length} of ${CLOSE_CLICKS}` });
    if (pace === 'one by one') expect(toggles).toHaveLength(CLOSE_CLICKS);
    else expect(toggles.length).toBeGreaterThanOrEqual(mustArrive);
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    // In the order they happened (the payload's state is the panel's, which may lag a click; the time is the click's).
    const times = toggles.map((a) => (a as unknown as { at: number }).at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(verifyChain(all as unknown as Action[])).toEqual([]);
    await expect.poll(async () => Object.keys(await readExtensionStorage(context, null)).filter((k) => k.startsWith('outbox:')), { timeout: 15_000 }).toEqual([]);
  });
}

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

test('an import says what it cannot vouch for: rows past the signed head are an unsigned tail, an edited copy under kept hashes is conflicts, in zh-CN and en', async ({
  context,
  page,
  extensionId,
}) => {
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
  const lines = (await readFile(honestPath, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
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
