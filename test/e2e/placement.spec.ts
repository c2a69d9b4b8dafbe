import type { Page } from '@playwright/test';
import { DEMO_PAGES } from '../fixtures/serve.mjs';
import { expect, openSellerPage, panel, readExtensionStorage, test } from './fixtures';

const SIZES = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function regions(page: Page, selectors: string[]): Promise<{ selector: string; box: Box }[]> {
  const found: { selector: string; box: Box }[] = [];
  for (const selector of selectors) {
    for (const el of await page.locator(selector).all()) {
      const box = await el.boundingBox();
      if (box && box.width > 0 && box.height > 0) found.push({ selector, box });
    }
  }
  return found;
}

/** Each text run, control and image inside the regions: what a full-width block shows (its empty part may be covered). */
async function inkOf(page: Page, selector: string): Promise<Box[]> {
  return page.evaluate((sel) => {
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    const add = (r: DOMRect) => r.width > 0 && r.height > 0 && boxes.push({ x: r.x, y: r.y, width: r.width, height: r.height });
    for (const region of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) add(r);
      }
      for (const el of region.querySelectorAll('input, textarea, select, button, img')) add(el.getBoundingClientRect());
    }
    return boxes;
  }, selector);
}

for (const demo of DEMO_PAGES) {
  test(`on ${demo.name} the panel covers none of the host's regions at 1024×640, 1366×768 and 1920×1080`, async ({ page }) => {
    await openSellerPage(page, demo.url);
    if (demo.name === 'douyin-order-list') await page.locator('[data-kora="order-row"]').nth(1).locator('.open-remark').click();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      const box = (await panel(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      const keep = await regions(page, demo.keepClear);
      expect(keep.length, `${demo.name}: its keep-clear regions are on the page`).toBeGreaterThan(0);
      for (const { selector, box: region } of keep) expect(overlaps(box, region), `${selector} covered at ${size.width}×${size.height} (${await panel(page).getAttribute('data-mode')})`).toBe(false);
      for (const selector of demo.keepClearInk ?? [])
        for (const region of await inkOf(page, selector)) expect(overlaps(box, region), `what ${selector} shows covered at ${size.width}×${size.height}`).toBe(false);
      await page.screenshot({ path: `test-results/placement-${demo.name}-${size.width}x${size.height}.png` });
    }
  });
}

test('a dragged panel stays where it was put after a reload, clamped on screen and off the host’s regions', async ({ context, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
  const header = panel(page).locator('header');
  const start = (await header.boundingBox())!;
  await page.mouse.move(start.x + 60, start.y + 10);
  await page.mouse.down();
  await page.mouse.move(420, 120, { steps: 8 });
  await page.mouse.up();
  const dropped = (await panel(page).boundingBox())!;
  expect(Math.abs(dropped.x - 360)).toBeLessThan(20);
  // The position is stored asynchronously after the drop; a reload before it lands would test nothing.
  await expect.poll(async () => Object.keys(((await readExtensionStorage(context, ['panelPositions'])).panelPositions ?? {}) as object)).toContain('pinduoduo.chat');

  await page.reload();
  await page.waitForSelector('html[data-kefu-ready]');
  await expect.poll(async () => Math.round((await panel(page).boundingBox())!.x)).toBe(Math.round(dropped.x));

  // Onto the reply box: it is not allowed to stay there.
  await page.mouse.move(dropped.x + 60, dropped.y + 10);
  await page.mouse.down();
  await page.mouse.move(500, 740, { steps: 8 });
  await page.mouse.up();
  const reply = (await page.locator('.reply-box').boundingBox())!;
  expect(overlaps((await panel(page).boundingBox())!, reply)).toBe(false);
});

test('with no room for the panel it becomes a one-line rail with the timer, clear of the host, and opens on a click', async ({ page }) => {
  await page.setViewportSize({ width: 720, height: 500 });
  // The pointer well away from where the rail goes (over the rail, it opens).
  await page.mouse.move(700, 490);
  await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
  await expect(panel(page)).toHaveAttribute('data-mode', 'rail');
  await expect(panel(page).getByTestId('kefu-rail-wait')).toBeVisible();
  const rail = (await panel(page).boundingBox())!;
  for (const { selector, box } of await regions(page, ['.reply-box', '.session-list', '.order-side'])) expect(overlaps(rail, box), selector).toBe(false);
  await page.screenshot({ path: 'test-results/placement-rail.png' });
  await panel(page).getByTestId('kefu-rail-open').click();
  await expect(panel(page)).toHaveAttribute('data-mode', 'panel');
  await expect(panel(page).getByTestId('kefu-buyer-name')).toBeVisible();
});
