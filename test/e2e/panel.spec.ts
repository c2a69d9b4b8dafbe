import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_PAGES, serveFileAt } from '../fixtures/serve.mjs';
import { expect, openSellerPage, panel, test, waitForActions } from './fixtures';

for (const demo of DEMO_PAGES) {
  test(`panel shows the page's buyer and order on ${demo.name}, and logs panel.opened`, async ({ context, page }) => {
    await openSellerPage(page, demo.url);
    const { expect: expected } = demo;
    await expect(panel(page)).toBeVisible();
    if (expected.buyer) await expect(panel(page).getByTestId('kefu-buyer-name')).toHaveText(expected.buyer);
    if (expected.order) await expect(panel(page).getByTestId('kefu-order').filter({ hasText: expected.order })).toBeVisible();
    else await expect(panel(page).getByText(/本页没有订单信息|No orders on this page/)).toBeVisible();

    const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
    const opened = rows.find((a) => a.kind === 'panel.opened')!;
    expect(opened.site).toBe(demo.file.split('/')[0]);
    expect(opened.payload.pageKind).toBeTruthy();
    if (expected.buyer) expect(opened.buyer?.nick).toBe(expected.buyer);
  });
}

test('the panel never covers the send button or the reply box', async ({ page }) => {
  for (const [url, selectors] of [
    ['https://mms.pinduoduo.com/chat-merchant/index.html#/', ['.reply-box', '.send-btn']],
    ['https://im.jinritemai.com/pc_seller_v2/main/workspace', ['[data-qa-id="qa-send-message-textarea"]', '[data-qa-id="qa-send-message-button"]']],
  ] as const) {
    await openSellerPage(page, url);
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 900, height: 560 },
    ]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(200);
      const box = (await panel(page).boundingBox())!;
      for (const selector of selectors) {
        const host = (await page.locator(selector).boundingBox())!;
        const overlaps = box.x < host.x + host.width && host.x < box.x + box.width && box.y < host.y + host.height && host.y < box.y + box.height;
        expect(overlaps, `${selector} covered at ${viewport.width}x${viewport.height}`).toBe(false);
      }
    }
  }
});

test('a page the adapter cannot read says so and logs adapter.miss', async ({ context, page }) => {
  await serveFileAt(context, 'https://mms.pinduoduo.com/chat-merchant/index.html', 'pinduoduo/chat-kicked.html');
  await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
  await expect(panel(page).getByTestId('kefu-cannot-read')).toHaveAttribute('data-reason', 'kicked');
  await expect(panel(page)).toContainText('账号已在别处登录');
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'adapter.miss'));
  expect(rows.find((a) => a.kind === 'adapter.miss')!.payload).toMatchObject({ adapterId: 'pinduoduo.chat', reason: 'kicked' });
});

test('the panel follows a conversation switch without a reload', async ({ page }) => {
  await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
  await page.evaluate(() => (window as unknown as { __host: { switchTo: (uid: string, nick: string) => void } }).__host.switchTo('77700011', 'S*******n'));
  await expect(panel(page).getByTestId('kefu-buyer-name')).toHaveText('S*******n');
  await expect(panel(page).getByTestId('kefu-buyer-id')).toHaveText('77700011');
});

test('buyer text from the page renders as text, never markup', async ({ page }) => {
  await openSellerPage(page, 'https://im.jinritemai.com/pc_seller_v2/main/workspace');
  await page.evaluate(() => (window as unknown as { __host: { switchTo: (nick: string) => void } }).__host.switchTo('<img src=x onerror="window.__pwned=1">'));
  await expect(panel(page).getByTestId('kefu-buyer-name')).toHaveText('<img src=x onerror="window.__pwned=1">');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('kefu-panel img').count()).toBe(0);
});

test('a page still loading is not called changed: a slow page reads after a moment, a changed one says so after the grace period', async ({ context, page }) => {
  const chat = await readFile(join(process.cwd(), 'test/fixtures/sites/pinduoduo/chat.html'), 'utf8');
  const body = chat.slice(chat.indexOf('<body>') + 6, chat.lastIndexOf('</body>'));
  // The same page, its app rendering the chat 1.5 s after the document loaded.
  const slow = `<!doctype html><html><head><meta charset="utf-8"></head><body><template id="later">${body}</template><script>setTimeout(() => { const t = document.getElementById('later'); document.body.append(t.content.cloneNode(true)); }, 1500)</script></body></html>`;
  await context.route(
    (u) => u.hostname === 'mms.pinduoduo.com' && u.pathname === '/chat-merchant/slow.html',
    (route) => route.fulfill({ body: slow, contentType: 'text/html; charset=utf-8' }),
  );
  await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/slow.html');
  await expect(panel(page).getByTestId('kefu-cannot-read')).toHaveAttribute('data-reason', 'loading');
  await expect(panel(page).getByTestId('kefu-buyer-name')).toHaveText('t***8', { timeout: 5000 });

  const other = await context.newPage();
  await serveFileAt(context, 'https://mms.pinduoduo.com/chat-merchant/changed.html', 'pinduoduo/order-list.html');
  await openSellerPage(other, 'https://mms.pinduoduo.com/chat-merchant/changed.html');
  await expect(panel(other).getByTestId('kefu-cannot-read')).toHaveAttribute('data-reason', 'loading');
  await expect(panel(other).getByTestId('kefu-cannot-read')).toHaveAttribute('data-reason', 'unknown-layout', { timeout: 8000 });
  const misses = (await waitForActions(context, (r) => r.some((a) => a.kind === 'adapter.miss'))).filter((a) => a.kind === 'adapter.miss');
  expect(misses.map((a) => a.payload.reason)).toEqual(['unknown-layout']);
});

test('the panel appears once and whole: its parts are mounted off-screen a frame each, then it is placed in one spot', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // Every frame from the page's start: is the panel there, on screen, with its last part (the order list), and where.
  await page.addInitScript(() => {
    const frames: { onScreen: boolean; parts: number; orders: number; at: string }[] = [];
    Object.assign(window, { __kefuFrames: frames });
    const tick = () => {
      const root = document.querySelector('kefu-panel')?.shadowRoot;
      const el = root?.querySelector<HTMLElement>('[data-testid="kefu-panel"]');
      if (root && el) {
        const box = el.getBoundingClientRect();
        const parts = el.querySelectorAll('.kefu-body > *').length;
        frames.push({
          onScreen: box.right > 0 && box.left < innerWidth,
          parts,
          orders: root.querySelectorAll('[data-testid="kefu-order"]').length,
          at: `${Math.round(box.left)},${Math.round(box.top)}`,
        });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
  await page.waitForTimeout(500);
  const frames = await page.evaluate(() => (window as unknown as { __kefuFrames: { onScreen: boolean; parts: number; orders: number; at: string }[] }).__kefuFrames);
  const offScreen = frames.filter((f) => !f.onScreen);
  const shown = frames.filter((f) => f.onScreen);
  // Mounted off-screen over several frames, growing.
  expect(offScreen.length).toBeGreaterThan(2);
  expect(new Set(offScreen.map((f) => f.parts)).size).toBeGreaterThan(2);
  // Never on screen unfinished, and not moved once shown.
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((f) => f.orders === 0)).toEqual([]);
  expect(new Set(shown.map((f) => f.at)).size).toBe(1);
});
