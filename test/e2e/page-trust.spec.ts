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

/**
 * Everything a page script can listen to while the agent types in the panel: keys and text events on window and
 * document in both phases, focus, selection, and mutations under the panel's host. Installed before the page's own
 * scripts (as a page's first script would be), so it runs ahead of anything the extension registers later.
 */
function installKeylogger() {
  const seen: string[] = [];
  const record = (where: string) => (e: Event) => {
    const k = e as KeyboardEvent & InputEvent & ClipboardEvent;
    seen.push(`${where}:${e.type}:${k.key ?? ''}:${k.data ?? ''}:${k.clipboardData?.getData('text') ?? ''}:${(e.target as HTMLInputElement | null)?.value ?? ''}`);
  };
  const types = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut', 'change'];
  for (const type of types) {
    for (const capture of [true, false]) {
      window.addEventListener(type, record(`window${capture ? '-capture' : ''}`), { capture });
      document.addEventListener(type, record(`document${capture ? '-capture' : ''}`), { capture });
    }
  }
  document.addEventListener('focusin', (e) => seen.push(`focusin:${(e.target as HTMLInputElement).value ?? ''}`), true);
  document.addEventListener('selectionchange', () => seen.push(`selection:${document.getSelection()?.toString() ?? ''}`));
  const timer = setInterval(() => seen.push(`poll:${document.getSelection()?.toString() ?? ''}:${(document.activeElement as HTMLInputElement | null)?.value ?? ''}`), 50);
  new MutationObserver((records) => {
    for (const r of records) if (r.target instanceof Element && r.target.closest('kefu-panel')) seen.push(`mutation:${r.type}:${r.target.textContent}`);
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  (window as unknown as { keylog: () => string[] }).keylog = () => (clearInterval(timer), seen);
}

test('a page keylogger sees nothing the agent types in the panel, nor the panel text the agent selects', async ({ context }) => {
  const page = await context.newPage();
  await page.addInitScript(installKeylogger);
  await openSellerPage(page, PDD_CHAT);
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  // The logger is not blind: what the agent types into the page's own reply box, it sees.
  await page.locator('#replyTextarea').pressSequentially('ok');
  expect((await asPage(page, () => (window as unknown as { keylog: () => string[] }).keylog())).some((l) => l.startsWith('window-capture:keydown:o'))).toBe(true);
  await page.reload();
  await page.waitForSelector('html[data-kefu-ready]');

  // The panel's fields are extension pages; the custom-tag field is the one the card always shows.
  const tagFrame = () => page.frames().find((f) => f.url().includes('/field.html') && f.url().includes('max=12'));
  await expect.poll(() => !!tagFrame()).toBe(true);
  const field = tagFrame()!;
  await field.locator('input').click();
  await page.keyboard.type('SECRET1380', { delay: 20 });
  await page.keyboard.press('Enter');
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'customer.tagged'));
  expect(rows.find((a) => a.kind === 'customer.tagged')?.payload).toMatchObject({ tag: 'SECRET1380', op: 'add' });

  // Panel text the agent selects (a triple click on the card's line above the field), or that the page selects all of.
  const box = (await (await field.frameElement()).boundingBox())!;
  await page.mouse.click(box.x + 15, box.y - 40, { clickCount: 3 });
  const selectAll = await asPage(page, () => (document.execCommand('selectAll'), document.getSelection()?.toString() ?? ''));
  expect(selectAll).not.toMatch(/客服助手|上次联系|SECRET/);

  const log = await asPage(page, () => (window as unknown as { keylog: () => string[] }).keylog());
  expect(log.filter((line) => /SECRET|1380|上次联系|客服助手/.test(line))).toEqual([]);
  expect(log.filter((line) => /^(window|document)/.test(line))).toEqual([]);
});

test('a short code the page writes expands nothing and logs nothing; the agent’s own typing still expands it', async ({ context, page }) => {
  await openSellerPage(page, PDD_CHAT);
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  await asPage(page, () => {
    const box = document.querySelector('#replyTextarea') as HTMLTextAreaElement;
    box.value = ';hy ';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ' ', inputType: 'insertText' }));
  });
  await page.waitForTimeout(600);
  await expect(page.locator('#replyTextarea')).toHaveValue(';hy ');
  expect((await readActions(context)).filter((a) => a.kind === 'template.inserted')).toEqual([]);

  await page.locator('#replyTextarea').fill('');
  await page.locator('#replyTextarea').pressSequentially(';hy ');
  await expect(page.locator('#replyTextarea')).toHaveValue(/欢迎光临/);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'template.inserted'));
  expect(rows.filter((a) => a.kind === 'template.inserted')).toHaveLength(1);
});

test('the page pushing its history 20 times opens the panel once and shows the suggestions once', async ({ context, page }) => {
  await openSellerPage(page, PDD_CHAT);
  await waitForActions(context, (r) => r.some((a) => a.kind === 'suggestion.shown'));
  for (let i = 0; i < 20; i++) {
    await asPage(page, (n) => history.pushState(null, '', `#/chat?tab=${n}`), String(i));
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(1500);
  await expect(page.locator('kefu-panel')).toHaveCount(1);
  const rows = await readActions(context);
  expect(rows.filter((a) => a.kind === 'panel.opened')).toHaveLength(1);
  expect(rows.filter((a) => a.kind === 'suggestion.shown')).toHaveLength(1);
  // The send guard still runs on the page it stayed on.
  await page.locator('#replyTextarea').fill('加我微信 abc12345');
  await page.locator('.reply-box .send-btn').click();
  await waitForActions(context, (r) => r.some((a) => a.kind === 'lint.blocked'));
});

test('a panel the page removes comes back, and one it keeps removing is not fought in a loop', async ({ context, page }) => {
  await openSellerPage(page, PDD_CHAT);
  await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  await asPage(page, () => document.querySelector('kefu-panel')!.remove());
  await expect(page.locator('kefu-panel')).toHaveCount(1);
  // A page that removes it on every mutation: the panel still comes back now and then, and the page keeps running.
  const removals = await asPage(page, async () => {
    let count = 0;
    const observer = new MutationObserver(() => {
      const host = document.querySelector('kefu-panel');
      if (host) {
        host.remove();
        count++;
      }
    });
    observer.observe(document.body, { childList: true });
    document.querySelector('kefu-panel')?.remove();
    await new Promise((r) => setTimeout(r, 2000));
    observer.disconnect();
    return count;
  });
  expect(removals).toBeGreaterThan(0);
  expect(removals).toBeLessThan(20);
  await expect(page.locator('kefu-panel')).toHaveCount(1, { timeout: 40_000 });
});
