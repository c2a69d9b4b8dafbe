import type { Page } from '@playwright/test';
import { expect, openSellerPage, PRODUCTION_EXTENSION_DIR, test, waitForActions, readActions } from './fixtures';

// The production build: the panel's shadow root is closed, as agents get it.
test.use({ extensionDir: PRODUCTION_EXTENSION_DIR });

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
const DOUYIN_CHAT = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';

/** Runs in the page's own world, as the seller site's scripts (or an injected one) would. */
const asPage = <T>(page: Page, fn: (arg: string) => T, arg = '') => page.evaluate(fn, arg);

test('the page cannot read the panel', async ({ page }) => {
  await openSellerPage(page, PDD_CHAT);
  const seen = await asPage(page, () => {
    const host = document.querySelector('kefu-panel') as HTMLElement | null;
    return { found: !!host, shadowRoot: host?.shadowRoot ?? null, text: document.body.innerText.includes('客服助手'), light: host?.innerHTML ?? '' };
  });
  expect(seen).toEqual({ found: true, shadowRoot: null, text: false, light: '' });
});

test('synthetic sends and keys are not acted on: nothing forged is logged, and the agent’s own send still is', async ({ context, page }) => {
  await openSellerPage(page, DOUYIN_CHAT);
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  const input = page.locator('textarea[data-qa-id="qa-send-message-textarea"]');
  await input.fill('加我微信 abc12345 给你便宜');
  await asPage(page, () => {
    const box = document.querySelector('textarea[data-qa-id="qa-send-message-textarea"]')!;
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    (document.querySelector('[data-qa-id="qa-send-message-button"]') as HTMLElement).click();
    for (const digit of ['1', '2', '3']) window.dispatchEvent(new KeyboardEvent('keydown', { key: digit, code: `Digit${digit}`, altKey: true, shiftKey: true, bubbles: true }));
  });
  await page.waitForTimeout(800);
  const forged = (await readActions(context)).filter((a) => ['message.sent', 'lint.blocked', 'lint.warned', 'template.inserted'].includes(a.kind));
  expect(forged).toEqual([]);

  // (The fixture's own Enter handler may have taken the synthetic Enter as a send: the page can always send by itself.)
  await input.fill('加我微信 abc12345 给你便宜');
  await input.press('Enter');
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'lint.blocked'));
  expect(rows.filter((a) => a.kind === 'lint.blocked')).toHaveLength(1);
});

test('a page-dispatched "script started" event does not remove the panel or silence the guard', async ({ context, page, extensionId }) => {
  await openSellerPage(page, PDD_CHAT);
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  const leaked = await asPage(page, () => (window as unknown as { leaked?: unknown }).leaked ?? null);
  expect(leaked).toBeNull();
  await asPage(
    page,
    (id) => {
      const type = `${id}:sellers:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'sellers', messageId: 'page' } }));
      window.postMessage({ type, contentScriptName: 'sellers', messageId: 'page' }, '*');
    },
    extensionId,
  );
  await page.waitForTimeout(500);
  await expect(page.locator('kefu-panel')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-kefu-ready', 'pinduoduo.chat');
  await page.locator('#replyTextarea').fill('加我微信 abc12345');
  await page.locator('.reply-box .send-btn').click();
  await waitForActions(context, (r) => r.some((a) => a.kind === 'lint.blocked'));
});

test('page-dispatched location-change events start no second session: one panel, one send logged once', async ({ context, page, extensionId }) => {
  await openSellerPage(page, PDD_CHAT);
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  await asPage(
    page,
    (id) => {
      for (let i = 0; i < 10; i++) window.dispatchEvent(new Event(`${id}:sellers:wxt:locationchange`));
    },
    extensionId,
  );
  await page.waitForTimeout(800);
  await expect(page.locator('kefu-panel')).toHaveCount(1);
  await page.locator('#replyTextarea').fill('您好，已经为您查询，请稍等');
  await page.locator('.reply-box .send-btn').click();
  await page.waitForTimeout(800);
  const sent = (await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent'))).filter((a) => a.kind === 'message.sent');
  expect(sent).toHaveLength(1);
  expect((await readActions(context)).filter((a) => a.kind === 'panel.opened')).toHaveLength(1);
});

test('the extension never posts its id or its start signal to the page', async ({ context }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.addEventListener('message', (e) => ((window as unknown as { leaked?: unknown }).leaked = e.data));
  });
  await openSellerPage(page, PDD_CHAT);
  await page.waitForTimeout(300);
  expect(await asPage(page, () => JSON.stringify((window as unknown as { leaked?: unknown }).leaked ?? null))).not.toMatch(/content-script-started/);
});
