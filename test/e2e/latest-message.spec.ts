import type { Locator, Page } from '@playwright/test';
import { DEMO_PAGES } from '../fixtures/serve.mjs';
import { SITES } from '../../utils/sites';
import { expect, openSellerPage, panel, test } from './fixtures';

const SIZES = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every demo chat page that shows buyer messages, with its reply box and send control as its site profile names them. */
const CHATS = DEMO_PAGES.filter((demo) => demo.buyerMessage).map((demo) => {
  const site = SITES.find((s) => s.profile.id === demo.file.split('/')[0] || demo.name.startsWith(s.profile.id));
  const page = site?.profile.pages.find((p) => p.kind === 'chat');
  return { ...demo, buyerMessage: demo.buyerMessage!, replyBox: page?.fields?.replyBox?.selector, send: page?.fields?.sendButton?.selector, enterSends: !!page?.enterSends };
});

/** The newest buyer message as read on screen: the boxes of its text runs and images (a row may be wider than its words). */
async function newestBuyerMessage(page: Page, selector: string): Promise<Box[]> {
  return page.evaluate((sel) => {
    const last = [...document.querySelectorAll(sel)].at(-1);
    if (!last) return [];
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    const add = (r: DOMRect) => r.width > 0 && r.height > 0 && boxes.push({ x: r.x, y: r.y, width: r.width, height: r.height });
    const walker = document.createTreeWalker(last, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) add(r);
    }
    for (const img of last.querySelectorAll('img')) add(img.getBoundingClientRect());
    // An image message whose picture has not loaded: its bubble is what the agent sees.
    if (boxes.length === 0) add(last.getBoundingClientRect());
    return boxes;
  }, selector);
}

/** Nothing of ours (panel, rail, marker: all inside the kefu-panel host) is drawn over the middle of any of these boxes. */
async function oursOver(page: Page, boxes: Box[]): Promise<boolean> {
  return page.evaluate((list) => list.some((b) => document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2)?.closest('kefu-panel') != null), boxes);
}

/** What is drawn at the middle of one of the panel's own controls is that control (the marker is not over it). */
async function drawnOnTop(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = (el.getRootNode() as ShadowRoot).elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });
}

const marker = (page: Page) => panel(page).locator('xpath=..').locator('[data-testid="kefu-send-marker"]');

for (const chat of CHATS) {
  test(`on ${chat.name} the newest buyer message stays readable at 1024×640, 1366×768 and 1920×1080, panel, rail and send marker all clear of it`, async ({ page }) => {
    await openSellerPage(page, chat.url);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(400);
      const message = await newestBuyerMessage(page, chat.buyerMessage);
      expect(message.length, `${chat.name}: the newest buyer message is on the page`).toBeGreaterThan(0);
      const shown = (await panel(page).boundingBox())!;
      const mode = await panel(page).getAttribute('data-mode');
      for (const part of message) expect(overlaps(shown, part), `the ${mode} over the newest buyer message at ${size.width}×${size.height}`).toBe(false);
      expect(await oursOver(page, message), `something of ours drawn over the newest buyer message at ${size.width}×${size.height}`).toBe(false);
      await page.screenshot({ path: `test-results/latest-message-${chat.name}-${size.width}x${size.height}.png` });
    }
  });
}

// The send marker, on every chat page whose reply box the profile names: a stopped send is marked off the newest buyer
// message and off the panel's own controls (全部修正, 仍然发送, the suggestions' text), which stay clickable.
for (const chat of CHATS.filter((c) => c.replyBox && c.name.endsWith('-chat'))) {
  test(`on ${chat.name} at 1366×768 the send marker covers neither the newest buyer message nor the panel’s own controls`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openSellerPage(page, chat.url);
    const box = page.locator(chat.replyBox!).first();
    const send = async () => (chat.enterSends || !chat.send || chat.send.includes(':text(') ? box.press('Enter') : page.locator(chat.send).first().click());
    const guard = panel(page).getByTestId('kefu-guard');
    for (const [text, decision, control] of [
      ['加我微信 abc12345 给你便宜', 'block', 'kefu-guard-fix-all'],
      ['好的，马上发货！', 'confirm', 'kefu-send-anyway'],
    ] as const) {
      await box.fill(text);
      await send();
      await expect(guard, chat.name).toHaveAttribute('data-decision', decision);
      await expect(marker(page)).toHaveAttribute('data-decision', decision);
      await page.waitForTimeout(200);
      const mark = (await marker(page).boundingBox())!;
      for (const part of await newestBuyerMessage(page, chat.buyerMessage)) expect(overlaps(mark, part), `marker over the newest buyer message (${decision})`).toBe(false);
      const controls = [panel(page).getByTestId(control), ...(await panel(page).locator('.kefu-preview').all())];
      for (const target of controls) {
        if (!(await target.isVisible())) continue;
        // In the panel's view (its body scrolls): then nothing may be drawn over it.
        await target.scrollIntoViewIfNeeded();
        const own = (await target.boundingBox())!;
        expect(overlaps(mark, own), `marker over the panel’s ${(await target.getAttribute('data-testid')) ?? 'suggestion text'} (${decision})`).toBe(false);
        expect(await drawnOnTop(target), `the panel’s ${control} is covered (${decision})`).toBe(true);
      }
      expect(overlaps(mark, (await panel(page).boundingBox())!), `marker over the panel (${decision})`).toBe(false);
    }
    await page.screenshot({ path: `test-results/latest-message-marker-${chat.name}.png` });
  });
}
