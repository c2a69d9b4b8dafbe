import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { becomeLead, expect, openSellerPage, readExtensionStorage, test, unlockDashboard, waitForActions, openRules } from './fixtures';

test('the rules editor: Enter starts a new change type, rules and block/warn in words, the banned-word count is what the box holds, thresholds and service hours are saved', async ({
  context,
  page,
}) => {
  await becomeLead(context);
  await openRules(page);

  const types = page.getByTestId('rules-change-types');
  await types.click();
  await types.press('Control+End');
  await types.press('Enter');
  await types.pressSequentially('补寄');
  await expect(types).toHaveValue(/\n补寄$/);
  await expect(page.getByTestId('rules-remark-json')).toHaveValue(/"补寄"/);

  const guard = page.getByTestId('rules-guard');
  await expect(guard.locator('tr[data-rule-id="ad.absolute"]')).toContainText('广告法绝对化用语');
  await expect(guard.locator('tr[data-rule-id="ad.absolute"] select option').first()).toHaveText('拦截');
  await page.getByTestId('rules-banned-terms').fill('拼夕夕\n便宜货\n拼夕夕\n');
  await expect(page.getByTestId('rules-terms-count')).toContainText('店铺禁用词 2 个');

  const team = page.getByTestId('rules-team');
  await team.getByTestId('threshold-douyin-warn').fill('1');
  await team.getByTestId('threshold-douyin-late').fill('2.5');
  await team.getByTestId('hours-from').fill('9');
  await team.getByTestId('hours-to').fill('18');
  await team.getByTestId('rules-team-save').click();
  await expect(team.getByTestId('rules-team-status')).toHaveText(/已保存/);
  const stored = (await readExtensionStorage(context, ['teamRules'])).teamRules as { waitThresholds: object; workingHours: object };
  expect(stored.waitThresholds).toEqual({ douyin: { warnSec: 60, lateSec: 150 } });
  expect(stored.workingHours).toEqual({ from: 9, to: 18 });
});

test('choosing the same log file twice imports it again, and the history lists each run with rows added, duplicate and conflicting', async ({ context, page, extensionId }) => {
  await becomeLead(context);
  await openSellerPage(page, 'https://mms.pinduoduo.com/chat-merchant/index.html#/');
  const rows = await waitForActions(context, (r) => r.some((a) => a.kind === 'panel.opened'));
  const file = join(tmpdir(), `kefu-same-${Date.now()}.ndjson`);
  await writeFile(file, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(dash);
  await dash.getByRole('tab', { name: '导入合并' }).click();
  await dash.getByTestId('dash-import-file').setInputFiles(file);
  await expect(dash.getByTestId('dash-import-history').locator('tbody tr')).toHaveCount(1);
  await dash.getByTestId('dash-import-file').setInputFiles(file);
  const history = dash.getByTestId('dash-import-history').locator('tbody tr');
  await expect(history).toHaveCount(2);
  const cells = await history.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(2).map((td) => td.textContent)));
  expect(cells).toContainEqual(['0', String(rows.length), '0']);
  expect(cells).toContainEqual([String(rows.length), '0', '0']);
});
