import type { Page } from '@playwright/test';
import { CUSTOM_BACKEND, serveCustomBackend } from '../fixtures/serve.mjs';
import { becomeLead, expect, openSellerPage, panel, panelField, readExtensionStorage, setExtensionStorage, TEST_AGENT, test, unlockDashboard, waitForActions } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
type Host = { sent: string[]; receive?: (text: string) => void; buyerSays?: (text: string) => void };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __host: Host }).__host.sent);

/** Counts clicks on the page's own elements that reach its listeners (a picked element must not act). */
const countHostClicks = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __clicks: number }).__clicks = 0;
    document.addEventListener('click', (event) => {
      if ((event.target as Element).localName !== 'kefu-panel') (window as unknown as { __clicks: number }).__clicks++;
    });
  });
const hostClicks = (page: Page) => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks);

test('a lead fixes a rebuilt Pinduoduo chat with the picker: the panel reads the page again and suggestions reach the renamed reply box', async ({ context, page }) => {
  await becomeLead(context);
  await openSellerPage(page, PDD_CHAT);
  const health = panel(page).getByTestId('kefu-health');
  await expect(health).toHaveAttribute('data-level', 'green');

  // The site's next release: the reply box's id and the send button's class change. The panel keeps working the
  // fallback way (the one reply box, the control that says 发送) and says so.
  await page.evaluate(() => {
    document.getElementById('replyTextarea')!.id = 'replyTextarea_v2';
    document.querySelector('.reply-box .send-btn')!.className = 'btn-x9f2';
  });
  await expect(health).toHaveAttribute('data-level', 'amber');

  await health.getByTestId('kefu-fix-open').click();
  const picker = panel(page).getByTestId('kefu-fix-picker');
  await expect(picker.getByTestId('pick-field-replyBox')).toHaveAttribute('data-via', 'fallback');
  await expect(picker.getByTestId('pick-field-sendButton')).toHaveAttribute('data-via', 'fallback');
  await expect(picker.locator('li').first()).toHaveAttribute('data-via', 'fallback');
  await expect(picker.getByTestId('pick-field-messageRows')).toHaveAttribute('data-via', 'default');
  await expect(picker.getByTestId('pick-field-buyerMark')).toBeVisible(); // every field the profile names, read or not

  await countHostClicks(page);
  await picker.getByTestId('pick-replyBox').click();
  // A page script's click neither picks nor leaves pick mode.
  await page.evaluate(() => (document.querySelector('textarea') as HTMLElement).click());
  await expect(panelField(picker, 'pick-selector-replyBox')).toHaveValue('');
  await page.locator('textarea').hover();
  await expect(page.locator('kefu-panel').getByTestId('kefu-pick-highlight')).toBeVisible();
  await page.locator('textarea').click();
  await expect(panelField(picker, 'pick-selector-replyBox')).toHaveValue('#replyTextarea_v2');
  await expect(picker.getByTestId('pick-count-replyBox')).toHaveAttribute('data-count', '1');

  // Esc leaves pick mode without choosing; the page's own Escape is not ours to act on.
  await picker.getByTestId('pick-sendButton').click();
  await expect(picker.getByTestId('pick-sendButton')).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
  await expect(picker.getByTestId('pick-sendButton')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(picker.getByTestId('pick-sendButton')).toHaveAttribute('aria-pressed', 'false');
  await expect(panelField(picker, 'pick-selector-sendButton')).toHaveValue('');
  await picker.getByTestId('pick-sendButton').click();
  await page.locator('.btn-x9f2').click();
  await expect(panelField(picker, 'pick-selector-sendButton')).toHaveValue('button:text("发送")');
  expect(await hostClicks(page)).toBe(0);
  expect(await sent(page)).toEqual([]);

  // Live preview: the panel already reads the page with the draft, before anything is saved.
  await expect(health).toHaveAttribute('data-level', 'green');
  expect((await readExtensionStorage(context, ['siteOverrides'])).siteOverrides ?? {}).toEqual({});
  await picker.getByTestId('kefu-fix-save').click();
  await expect(picker.getByTestId('kefu-fix-status')).toContainText('已保存');
  const stored = await readExtensionStorage(context, ['siteOverrides']);
  expect(stored.siteOverrides).toEqual({ pinduoduo: { replyBox: '#replyTextarea_v2', sendButton: 'button:text("发送")' } });
  await picker.getByTestId('kefu-fix-close').click();
  await health.locator('summary').click();
  await expect(health.locator('li[data-field="replyBox"]')).toHaveAttribute('data-via', 'override');

  // The panel works again on the rebuilt page: a suggestion is filled into the renamed box, and the guard watches
  // the renamed send button.
  await page.evaluate(() => (window as unknown as { __host: Host }).__host.receive!('能便宜点吗？包邮吗'));
  await panel(page).getByTestId('kefu-suggestion').first().getByRole('button', { name: '填入' }).click();
  await expect(page.locator('textarea')).not.toHaveValue('');
  await page.locator('textarea').fill('全网最低，加我微信');
  await page.locator('.btn-x9f2').click();
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  expect(await sent(page)).toEqual([]);
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'site.fixed') && r.some((a) => a.kind === 'lint.blocked'));
  expect(rows.find((a) => a.kind === 'site.fixed')!.payload).toEqual({ site: 'pinduoduo', fields: ['replyBox', 'sendButton'] });
});

test('a lead teaches a backend no adapter knows: the picker defines it, and the panel then shows the buyer, suggests, guards and logs there', async ({ context, page, extensionId }) => {
  await serveCustomBackend(context);
  await becomeLead(context);
  await page.goto(CUSTOM_BACKEND.chat);
  await expect(page.locator('kefu-panel')).toHaveCount(0);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('popup-teach-start').click();
  await expect(popup.getByTestId('popup-teach-message')).toContainText('已在页面上打开选取面板');
  await popup.close();
  await page.bringToFront();

  const card = page.locator('kefu-panel').getByTestId('kefu-teach-picker');
  await expect(card).toBeVisible();
  await expect(panelField(card, 'teach-pattern')).toHaveValue('https://desk.kefu-demo.test/service/*');
  await panelField(card, 'teach-name').fill('云帆客服台');
  await panelField(card, 'teach-reply-within').fill('2');
  await card.getByTestId('kefu-teach-save').click();
  await expect(card.getByTestId('kefu-teach-status')).toContainText('请先选取');

  const pickOn = async (field: string, target: ReturnType<Page['locator']>) => {
    await card.getByTestId(`pick-${field}`).click();
    await target.click();
    await expect(panelField(card, `pick-selector-${field}`)).not.toHaveValue('');
  };
  await pickOn('buyerName', page.getByText('林小满'));
  await pickOn('buyerMessages', page.getByText('你好，我的快递三天没动了'));
  await pickOn('agentMessages', page.getByText('您好，我帮您查一下物流'));
  await pickOn('replyBox', page.locator('textarea'));
  await pickOn('sendButton', page.getByText('发送', { exact: true }));
  await expect(panelField(card, 'pick-selector-buyerMessages')).toHaveValue('div[data-author="customer"]');
  await expect(card.getByTestId('pick-count-buyerMessages')).toHaveAttribute('data-count', '2');
  await expect(card.getByTestId('kefu-teach-preview')).toContainText('林小满');
  await expect(card.getByTestId('kefu-teach-preview')).toContainText('3');
  expect(await sent(page)).toEqual([]);
  await card.getByTestId('kefu-teach-save').click();

  // Saved: the card gives way to the panel, reading the page as the custom site.
  await page.waitForSelector('html[data-kefu-ready="custom-desk-kefu-demo-test.chat"]');
  await expect(panel(page)).toContainText('林小满');
  const stored = await readExtensionStorage(context, ['customSites']);
  expect(stored.customSites[0]).toMatchObject({ id: 'custom-desk-kefu-demo-test', name: '云帆客服台', replyWithinSec: 120 });

  // A buyer's logistics question ranks the logistics reply; filling never sends.
  await page.evaluate(() => (window as unknown as { __host: Host }).__host.buyerSays!('快递到哪了？怎么还没发货'));
  const first = panel(page).getByTestId('kefu-suggestion').first();
  await expect(first).toHaveAttribute('data-template-id', /logistics/);
  await first.getByRole('button', { name: '填入' }).click();
  await expect(page.locator('textarea')).not.toHaveValue('');
  expect(await sent(page)).toEqual([]);

  // The guard holds the picked send button.
  await page.locator('textarea').fill('加我微信，私下转账更便宜');
  await page.getByText('发送', { exact: true }).click();
  await expect(panel(page).getByTestId('kefu-guard')).toHaveAttribute('data-decision', 'block');
  expect(await sent(page)).toEqual([]);
  await page.locator('textarea').fill('您好，已为您催促仓库，今天发出');
  await page.getByText('发送', { exact: true }).click();
  await expect.poll(() => sent(page)).toEqual(['您好，已为您催促仓库，今天发出']);

  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'message.sent') && r.some((a) => a.kind === 'lint.blocked'));
  expect(rows.find((a) => a.kind === 'site.defined')!.payload).toMatchObject({ site: 'custom-desk-kefu-demo-test', pageKind: 'chat' });
  const opened = rows.find((a) => a.kind === 'panel.opened')!;
  expect(opened).toMatchObject({ site: 'custom-desk-kefu-demo-test', payload: { adapterId: 'custom-desk-kefu-demo-test.chat' } });
  expect(rows.find((a) => a.kind === 'message.sent')).toMatchObject({ site: 'custom-desk-kefu-demo-test', buyer: { nick: '林小满' } });

  // The lead's reply rule for the site is a KPI column in the dashboard, counted on its conversations.
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(dash);
  await dash.getByRole('tab', { name: '绩效指标' }).click();
  await expect(dash.locator('th[data-rule="leadDeskKefuDemoTest"]')).toHaveText('云帆客服台 回复时效');
  await expect(dash.locator(`tr[data-agent="${TEST_AGENT.staffId}"]`).first().locator('td[data-kpi="leadDeskKefuDemoTest"]')).toHaveText(/^100% \(\d+\/\d+\)$/);
  await dash.close();

  // Next visit: the content script registered for the taught addresses runs without the popup.
  await page.reload();
  await page.waitForSelector('html[data-kefu-ready="custom-desk-kefu-demo-test.chat"]');
  await expect(panel(page)).toContainText('林小满');
});

test('an agent whose team policy names a taught site on an origin not yet allowed is offered one click to allow it', async ({ context, page, extensionId }) => {
  const site = (id: string, host: string) => ({
    schemaVersion: 1,
    id,
    name: id === 'custom-desk-kefu-demo-test' ? '云帆客服台' : '仓库工单',
    replyWithinSec: 180,
    pages: [{ kind: 'chat', urlPattern: `https://${host}/service/*`, enterSends: false, fields: { buyerName: 'b', buyerMessages: 'm' } }],
  });
  await setExtensionStorage(context, 'customSites', [site('custom-desk-kefu-demo-test', 'desk.kefu-demo.test'), site('custom-wms-kefu-demo-test', 'wms.kefu-demo.test')]);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const access = page.getByTestId('popup-custom-access');
  // The desk's origin is allowed in this build; only the other one is offered.
  await expect(access.locator('button')).toHaveCount(1);
  await expect(access.locator('button')).toHaveAttribute('data-origin', 'https://wms.kefu-demo.test/*');
  await expect(access.locator('button')).toHaveText('允许在「仓库工单」（wms.kefu-demo.test）使用');
});
