import type { Page } from '@playwright/test';
import { serveFileAt } from '../fixtures/serve.mjs';
import { expect, openSellerPage, panel, test } from './fixtures';

// The two pages of issue 28 (test/fixtures/drift/), in the built extension at the real host names.
const SIZES = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Each probe's box must stay off the panel (or the rail) at every size. */
async function expectClear(page: Page, probes: Record<string, string>) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(400);
    const box = (await panel(page).boundingBox())!;
    for (const [name, selector] of Object.entries(probes)) {
      for (const el of await page.locator(selector).all()) {
        const probe = await el.boundingBox();
        if (probe) expect(overlaps(box, probe), `${name} covered at ${size.width}×${size.height} (${await panel(page).getAttribute('data-mode')})`).toBe(false);
      }
    }
  }
}

test('Pinduoduo with 订单编号：251120-… in one node in a fixed 320 px column: the order is read and no probe is covered', async ({ context, page }) => {
  const url = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
  await serveFileAt(context, url, '../drift/pinduoduo-merged-order-label.html');
  await openSellerPage(page, url);
  await expect(panel(page)).toContainText('251120-538127364510922');
  await expectClear(page, {
    'reply box': '#replyTextarea',
    'send button': '.send-btn',
    'order column': '.order-side',
    'conversation list': '.session-list',
    'latest buyer message': '.buyer-item .msg-content-box',
  });
});

test('JD 咚咚 with a renamed contact list and id-less .message_left/.message_right rows: the buyer is read, nothing is covered, and the rail shows the buyer and the timer', async ({
  context,
  page,
}) => {
  const url = 'https://dongdong.jd.com/';
  await serveFileAt(context, url, '../drift/jd-renamed-contacts.html');
  await openSellerPage(page, url);
  await expect(panel(page).getByTestId('kefu-buyer-name')).toHaveText('jd_7f3a9c21');
  await expectClear(page, {
    'reply box': '.dd-editor',
    'send button': '.send-button',
    'contact list': '.dd-contacts',
    'first contact': '.dd-contact-name',
    'latest buyer message': '.message_left:last-child .message__content',
  });
  // No room for the panel: the rail, clear of the page, with the buyer and the waiting timer (never an empty rail).
  await page.mouse.move(5, 5);
  await page.setViewportSize({ width: 720, height: 500 });
  await expect(panel(page)).toHaveAttribute('data-mode', 'rail');
  await expect(panel(page).getByTestId('kefu-rail-buyer')).toHaveText('jd_7f3a9c21');
  await expect(panel(page).getByTestId('kefu-rail-wait')).toBeVisible();
  const rail = (await panel(page).boundingBox())!;
  for (const selector of ['.dd-editor', '.dd-contacts', '.dd-contact-name']) {
    const probe = (await page.locator(selector).first().boundingBox())!;
    expect(overlaps(rail, probe), selector).toBe(false);
  }
});
