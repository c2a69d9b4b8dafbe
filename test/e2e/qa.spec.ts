import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { becomeLead, expect, openRules, openSellerPage, panel, readExtensionStorage, test, unlockDashboard, waitForActions } from './fixtures';

const PDD_CHAT = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
type Host = { receive: (text: string) => void; switchTo: (uid: string, nick: string) => void };
const host = (page: Page) => ({
  receive: (text: string) => page.evaluate((t) => (window as unknown as { __host: Host }).__host.receive(t), text),
  switchTo: (uid: string, nick: string) => page.evaluate(([u, n]) => (window as unknown as { __host: Host }).__host.switchTo(u!, n!), [uid, nick]),
});

test('a conversation on the chat page is scored on the device, shows on the QA board with its categories, takes a lead override and exports', async ({ context, page, extensionId }) => {
  await becomeLead(context);
  await openSellerPage(page, PDD_CHAT);
  await host(page).receive('收到的杯子碎了，不处理我就给差评');
  // Risk triage: the threat is named with its cue, one click away from a case (not clicked here: the case category is judged).
  await expect(panel(page).getByTestId('kefu-qa-risk')).toHaveAttribute('data-risk', 'review');
  await expect(panel(page).getByTestId('kefu-qa-risk')).toContainText('差评');

  const reply = '您好，非常抱歉给您添麻烦了，马上给您补发一个新杯子，还有什么可以帮您的吗？';
  await page.locator('#replyTextarea').fill(reply);
  await page.locator('.reply-box .send-btn').click();
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'qa.scored'));
  const scored = rows.find((a) => a.kind === 'qa.scored')!;
  expect(scored.payload).toMatchObject({ scope: 'reply', risk: 'review', cue: expect.stringMatching(/^(差评|给差)$/), results: { apology: 'pass', guardClean: 'pass', closing: 'pass' } });
  expect(JSON.stringify(scored.payload)).not.toContain('杯子');
  const key = (scored.payload as { conversation: string }).conversation;
  expect(key).toMatch(/^pinduoduo\|/);

  // Moving on to another buyer closes the round: nobody was left unanswered.
  await host(page).switchTo('77700001', 'n***2');
  const round = (await waitForActions(context, (r) => r.some((a) => a.kind === 'qa.scored' && (a.payload as { scope: string }).scope === 'round'))).find(
    (a) => a.kind === 'qa.scored' && (a.payload as { scope: string }).scope === 'round',
  )!;
  expect(round.payload).toMatchObject({ conversation: key, results: { noUnanswered: 'pass' } });

  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(dash);
  await dash.getByRole('tab', { name: '质检' }).click();
  const conv = dash.getByTestId('qa-conversations').locator(`tr[data-conversation="${key}"]`);
  await expect(conv.locator('td[data-category="apology"]')).toHaveAttribute('data-result', 'pass');
  await expect(conv.locator('td[data-category="closing"]')).toHaveAttribute('data-result', 'pass');
  await expect(conv.locator('td[data-category="noUnanswered"]')).toHaveAttribute('data-result', 'pass');
  // A 差评 threat with no case opened: the case rule fails.
  await expect(conv.locator('td[data-category="caseOpened"]')).toHaveAttribute('data-result', 'fail');
  await expect(dash.getByTestId('qa-agent-days').locator('tr[data-agent="1024"]')).toHaveCount(1);

  // The lead disagrees: the buyer was handled by phone. Without a reason nothing is logged.
  await conv.click();
  const detail = dash.getByTestId('qa-detail');
  await expect(detail.getByTestId('qa-detail-rows').locator('li[data-kind="qa.scored"]')).toHaveCount(2);
  await detail.getByTestId('qa-override-category').selectOption('caseOpened');
  await detail.getByTestId('qa-override-result').selectOption('pass');
  await detail.getByTestId('qa-override-save').click();
  await expect(detail.getByRole('alert')).toBeVisible();
  await detail.getByTestId('qa-override-reason').fill('买家已电话处理，无需开单');
  await detail.getByTestId('qa-override-save').click();
  const overridden = (await waitForActions(context, (r) => r.some((a) => a.kind === 'qa.overridden'))).find((a) => a.kind === 'qa.overridden')!;
  expect(overridden.payload).toEqual({ conversation: key, category: 'caseOpened', result: 'pass', reason: '买家已电话处理，无需开单' });
  await expect(conv.locator('td[data-category="caseOpened"]')).toHaveAttribute('data-result', 'pass');
  await expect(conv.locator('td[data-category="caseOpened"]')).toContainText('*');
  await expect(dash.getByTestId('qa-calibration').locator('tr[data-category="caseOpened"] [data-testid="qa-disagree"]')).toHaveText('100%');

  // Export: the same conversations, categories in the lead's words.
  const download = dash.waitForEvent('download');
  await dash.getByTestId('qa-export-csv').click();
  const file = await download;
  const path = join(tmpdir(), `kefu-qa-${Date.now()}.csv`);
  await file.saveAs(path);
  const csv = readFileSync(path, 'utf8');
  expect(csv).toContain('买家抱怨时致歉');
  const line = csv.split('\n').find((l) => l.includes('1024'))!;
  expect(line).toContain('pass*');
  const xlsx = dash.waitForEvent('download');
  await dash.getByTestId('qa-export-xlsx').click();
  expect((await xlsx).suggestedFilename()).toMatch(/^kefu-qa-\d{4}-\d{2}-\d{2}\.xlsx$/);
});

test('the scorecard rules save what the number boxes hold, rounded to whole numbers', async ({ context, page }) => {
  await becomeLead(context);
  await openRules(page);
  const block = page.getByTestId('rules-qa');
  await block.getByTestId('qa-weight-greeting').fill('12.6');
  await block.getByTestId('qa-pass-mark').fill('75');
  await block.getByTestId('qa-round-gap').fill('45');
  await block.getByTestId('rules-qa-save').click();
  await expect(block.getByTestId('rules-qa-status')).toHaveText(/已保存/);
  const card = (await readExtensionStorage(context, ['qaScorecard'])).qaScorecard as { categories: { id: string; weight: number }[]; passMark: number; roundGapMinutes: number };
  expect(card.categories.find((c) => c.id === 'greeting')?.weight).toBe(13);
  expect([card.passMark, card.roundGapMinutes]).toEqual([75, 45]);
});
