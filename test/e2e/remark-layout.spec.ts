import type { Locator, Page } from '@playwright/test';
import { DEMO_PAGES } from '../fixtures/serve.mjs';
import { expect, openSellerPage, panel, setExtensionStorage, settingsWith, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The order pages (lists and details): each one whose panel shows the remark builder is checked. */
const ORDER_PAGES = DEMO_PAGES.filter((demo) => /order|sold/.test(demo.name));
const VIEWPORT = { width: 1366, height: 768 };

/** What is drawn at the middle of a box: our element itself (not something of the host's or of ours on top of it). */
async function drawnOnTop(page: Page, target: Locator): Promise<boolean> {
  const box = (await target.boundingBox())!;
  const handle = await target.elementHandle();
  return page.evaluate(
    ([el, x, y]) => {
      // The panel lives in a shadow root: elementFromPoint on the document stops at its host, so ask the root too.
      const root = (el as Element).getRootNode() as ShadowRoot | Document;
      const hit = root.elementFromPoint(x as number, y as number);
      return !!hit && (hit === el || (el as Element).contains(hit));
    },
    [handle, box.x + box.width / 2, box.y + box.height / 2] as const,
  );
}

async function hostControls(page: Page, selectors: string[]): Promise<{ selector: string; box: Box }[]> {
  const found: { selector: string; box: Box }[] = [];
  for (const selector of selectors)
    for (const el of await page.locator(selector).all()) {
      const box = await el.boundingBox();
      if (box && box.width > 0 && box.height > 0) found.push({ selector, box });
    }
  return found;
}

for (const demo of ORDER_PAGES) {
  test(`at 1366×768 on ${demo.name} the remark builder's preview and fill button are in view, on top, and off the host's controls`, async ({ context, page }) => {
    await setExtensionStorage(context, 'settings', settingsWith());
    await page.setViewportSize(VIEWPORT);
    await openSellerPage(page, demo.url);
    // Where the builder needs the host's remark editor open: the 抖店 drawer, Taobao's 标记/备注 dialog.
    if (demo.name === 'douyin-order-list') await page.locator('[data-kora="order-row"]').nth(1).locator('.open-remark').click();
    if (demo.name.startsWith('taobao-') && (await page.locator('.memo-open').count())) await page.locator('.memo-open').first().click();
    const builder = panel(page).getByTestId('kefu-remark-builder');
    await page.waitForTimeout(400);
    test.skip((await builder.count()) === 0, `${demo.name} has no remark builder`);
    await expect(builder).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `test-results/remark-layout-${demo.name}.png` });
    const scrollBefore = await page.evaluate(() => [window.scrollX, window.scrollY]);
    for (const testId of ['kefu-remark-preview', 'kefu-remark-fill']) {
      const target = panel(page).getByTestId(testId);
      const box = (await target.boundingBox())!;
      expect(box.x, `${testId} left edge`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${testId} top edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${testId} right edge`).toBeLessThanOrEqual(VIEWPORT.width);
      expect(box.y + box.height, `${testId} below the fold`).toBeLessThanOrEqual(VIEWPORT.height);
      // In view inside the panel too: the panel's body is not scrolled to show it.
      const body = (await panel(page).locator('.kefu-body').boundingBox())!;
      expect(box.y + box.height, `${testId} below the panel body's visible part`).toBeLessThanOrEqual(body.y + body.height + 1);
      expect(await drawnOnTop(page, target), `${testId} is covered`).toBe(true);
      for (const { selector, box: control } of await hostControls(page, demo.keepClear)) expect(overlaps(box, control), `${testId} over the host's ${selector}`).toBe(false);
    }
    expect(
      await panel(page)
        .locator('.kefu-body')
        .evaluate((el) => el.scrollTop),
      'the panel body was not scrolled',
    ).toBe(0);
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual(scrollBefore);
  });
}
