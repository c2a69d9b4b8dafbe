import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_PAGES } from '../fixtures/serve.mjs';
import { SITES } from '../../utils/sites';
import { DEFAULT_TEMPLATES } from '../../utils/templates/default-pack';
import { becomeLead, expect, openSellerPage, panel, readActions, setExtensionStorage, settingsWith, TEST_AGENT, test, unlockDashboard } from './fixtures';
import { visibleTexts, zhTextProblems, type TextProblem } from './ui-text';

// Walks every view in zh-CN (the panel on each demo page with a reply the guard stops, a trainee's playbooks and
// tips, the popup, each dashboard tab and a log row's card) and reports any text that is neither Chinese nor the
// data on show: an English UI string, a raw code (zh.logistics.where, douyin.chat) or raw JSON.

const TEMPLATE_TEXTS = DEFAULT_TEMPLATES.flatMap((t) => [t.title, t.body, t.shortcut ?? '', ...t.questions]).filter(Boolean);
const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
/** A template's body with its variables filled: any text where each `{变量}` stands. */
const FILLED_BODIES = DEFAULT_TEMPLATES.map(
  (t) =>
    new RegExp(
      t.body
        .split(/\{[^{}]*\}/)
        .map((part) => escape(part.replace(/\s+/g, ' ').trim()))
        .join('[\\s\\S]*?'),
    ),
);
/** Payload fields that hold a code the UI must put in words; every other string a row carries is data (buyer words, order status). */
const CODE_FIELDS = new Set([
  'kind',
  'adapterId',
  'templateId',
  'templateIds',
  'ruleId',
  'ruleIds',
  'pageKind',
  'level',
  'site',
  'featureId',
  'via',
  'stage',
  'op',
  'event',
  'category',
  'result',
  'risk',
  'scope',
]);

const CHATS = DEMO_PAGES.filter((demo) => demo.name.endsWith('-chat')).flatMap((demo) => {
  const site = SITES.find((s) => s.profile.id === demo.file.split('/')[0]);
  const page = site?.profile.pages.find((p) => p.kind === 'chat');
  const replyBox = page?.fields?.replyBox?.selector;
  return replyBox ? [{ name: demo.name, url: demo.url, replyBox, send: page?.fields?.sendButton?.selector, enterSends: !!page?.enterSends }] : [];
});

/** Whether a text is data on show: the host page's or the log's words, a template, or what the agent typed (case aside: a fix may lower it). */
function dataCheck(data: string[]): (text: string) => boolean {
  const joined = [...data, ...TYPED].join('\n').replace(/\s+/g, ' ').toLowerCase();
  return (text) => joined.includes(text.toLowerCase()) || TEMPLATE_TEXTS.some((t) => t.includes(text)) || FILLED_BODIES.some((body) => body.test(text));
}

function stringsOf(value: unknown, field = ''): string[] {
  if (typeof value === 'string') return CODE_FIELDS.has(field) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => stringsOf(v, field));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, k));
  return [];
}

/** What the log holds that is data: buyers, orders and the free-text payload values. */
async function loggedData(context: BrowserContext, page: Page): Promise<string[]> {
  const rows = await readActions(context, page);
  return rows.flatMap((r) => [r.buyer?.nick ?? '', r.buyer?.buyerId ?? '', r.orderNo ?? '', r.agent?.staffId ?? '', ...stringsOf(r.payload)]).filter(Boolean);
}

const hostText = (page: Page) => page.evaluate(() => document.body.innerText);

function problemsIn(where: string, texts: string[], isData: (t: string) => boolean): string[] {
  return [...new Set(texts)].flatMap((t) => zhTextProblems(t, isData)).map((p: TextProblem) => `${where}: ${p.why} in «${p.text.slice(0, 120)}»`);
}

const TYPED: [string, string, string] = ['你自己看物流！加我VX abc123', 'YOU DID NOT READ THE PAGE, add me on whats app +62 812 3456 7890', 'PLEASE WAIT, WE ARE CHECKING YOUR ORDER NOW'];

async function stopReply(page: Page, chat: (typeof CHATS)[number], text: string): Promise<void> {
  const box = page.locator(chat.replyBox).first();
  await box.fill(text);
  await (chat.enterSends || !chat.send || chat.send.includes(':text(') ? box.press('Enter') : page.locator(chat.send).first().click());
  await expect(panel(page).getByTestId('kefu-guard'), chat.name).toBeVisible();
}

test('every view in zh-CN shows Chinese or the data on show: no English UI string, raw code or raw JSON', async ({ context, page, extensionId }) => {
  test.setTimeout(300_000);
  await becomeLead(context);
  const problems: string[] = [];
  for (const demo of DEMO_PAGES) {
    await openSellerPage(page, demo.url);
    const chat = CHATS.find((c) => c.name === demo.name);
    // A reply each rule family stops: shouting and blame (English), a WhatsApp number, 你 and an exclamation.
    if (chat) await stopReply(page, chat, demo.name.startsWith('pinduoduo') ? TYPED[0] : TYPED[1]);
    await page.waitForTimeout(300);
    problems.push(...problemsIn(demo.name, await visibleTexts(page, 'kefu-panel'), dataCheck([await hostText(page)])));
  }

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('body')).toContainText('客服助手');
  problems.push(...problemsIn('popup', await visibleTexts(popup, null), dataCheck([])));

  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(dash);
  const isLogData = dataCheck(await loggedData(context, dash));
  const tabs = await dash.getByRole('tab').all();
  expect(tabs.length).toBeGreaterThanOrEqual(8);
  for (const tab of tabs) {
    const name = (await tab.textContent()) ?? '';
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await dash.waitForTimeout(600);
    problems.push(...problemsIn(`dashboard ${name}`, await visibleTexts(dash, null), isLogData));
    if (name === '操作日志') {
      await dash.getByTestId('dash-row').first().click();
      await dash.waitForTimeout(300);
      problems.push(...problemsIn('dashboard row card', await visibleTexts(dash, null), isLogData));
      await dash.keyboard.press('Escape');
      await expect(dash.getByTestId('dash-detail')).toHaveCount(0);
    }
  }
  expect(problems).toEqual([]);
});

test('a trainee on a cross-border chat reads the playbook, its steps and the tips in Chinese', async ({ context, page }) => {
  await setExtensionStorage(context, 'settings', settingsWith({ ...TEST_AGENT, name: '小李', staffId: 'T01', role: 'trainee' }));
  const chat = CHATS.find((c) => c.name === 'shopee-chat')!;
  await openSellerPage(page, chat.url);
  await expect(panel(page).getByTestId('kefu-playbooks')).toBeVisible();
  await stopReply(page, chat, TYPED[2]);
  await expect(panel(page).getByTestId('kefu-trainee-tip').first()).toBeVisible();
  const problems = problemsIn('trainee shopee-chat', await visibleTexts(page, 'kefu-panel'), dataCheck([await hostText(page)]));
  expect(problems).toEqual([]);
  await expect(panel(page).getByTestId('kefu-playbooks')).toContainText('跨境');
});
