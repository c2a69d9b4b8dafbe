import { DEMO_PAGES } from '../fixtures/serve.mjs';
import { SITES } from '../../utils/sites';
import { expect, openSellerPage, panel, test, waitForActions } from './fixtures';

/** Every demo chat page with its reply box and send control, as its site profile names them. */
const CHATS = DEMO_PAGES.filter((demo) => demo.name.endsWith('-chat')).flatMap((demo) => {
  const site = SITES.find((s) => s.profile.id === demo.file.split('/')[0] || demo.name.startsWith(s.profile.id));
  const page = site?.profile.pages.find((p) => p.kind === 'chat');
  const replyBox = page?.fields?.replyBox?.selector;
  return replyBox ? [{ name: demo.name, url: demo.url, replyBox, send: page?.fields?.sendButton?.selector, enterSends: !!page?.enterSends }] : [];
});

test('the send guard removes a foreign number with its app name in one fix, on every chat page; 绿泡泡 is blocked', async ({ context, page }) => {
  test.setTimeout(120_000);
  expect(CHATS.length).toBeGreaterThanOrEqual(6);
  for (const chat of CHATS) {
    await openSellerPage(page, chat.url);
    const box = page.locator(chat.replyBox).first();
    const send = async () => (chat.enterSends || !chat.send || chat.send.includes(':text(') ? box.press('Enter') : page.locator(chat.send).first().click());
    await box.fill('add me on whats app +62 812 3456 7890');
    await send();
    const guard = panel(page).getByTestId('kefu-guard');
    await expect(guard, chat.name).toHaveAttribute('data-decision', 'block');
    await expect(guard.locator('li'), chat.name).toHaveCount(1);
    await guard.getByTestId('kefu-guard-fix').click();
    await expect(box, chat.name).not.toHaveText(/\d/);
    if ((await box.evaluate((el) => el.tagName)) === 'TEXTAREA') await expect(box, chat.name).not.toHaveValue(/\d|whats/);

    await box.fill('加我绿泡泡 abc123');
    await send();
    await expect(guard, chat.name).toHaveAttribute('data-decision', 'block');
    await expect(guard.locator('li[data-rule-id="diversion.wechat"]'), chat.name).toHaveCount(1);
  }
  const rows = await waitForActions(context, (r) => r.filter((a) => a.kind === 'lint.blocked').length >= CHATS.length * 2);
  expect(rows.filter((a) => a.kind === 'message.sent' && /whats|绿泡泡/.test(String(a.payload.text ?? '')))).toEqual([]);
});
