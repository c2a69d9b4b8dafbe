import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openSellerPage, panel, readActions, readExtensionStorage, test } from './fixtures';
import { DEFAULT_POLICY, makeLead, TEAM_SECRET } from './team-lead';
import { generateLeadKey } from '../../utils/team-config/signing';
import { answerChallenge } from '../../utils/team-config/unlock-challenge';

const FEIGE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const FEIGE_INPUT = 'textarea[data-qa-id="qa-send-message-textarea"]';
const FEIGE_SEND = '[data-qa-id="qa-send-message-button"]';
const WECHAT_OFF = {
  ...DEFAULT_POLICY,
  lintPolicy: { ...DEFAULT_POLICY.lintPolicy, rules: { ...DEFAULT_POLICY.lintPolicy.rules, 'diversion.wechat': { ...DEFAULT_POLICY.lintPolicy.rules['diversion.wechat']!, enabled: false } } },
};

async function fileWith(text: string): Promise<string> {
  const path = join(tmpdir(), `team-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, text);
  return path;
}
const role = async (page: Page) => ((await readExtensionStorage(page.context(), ['settings'])).settings as { agent?: { role: string } } | undefined)?.agent?.role;

test('a trainee cannot promote themselves: every step of the reported self-promotion fails, and `加我微信 abc123` is stopped', async ({ context, page, extensionId }) => {
  const lead = await makeLead([
    { staffId: '1024', name: '王小明', role: 'trainee' },
    { staffId: '2001', name: '陈组长', role: 'lead' },
  ]);

  // A fresh browser says it is solo and offers no team role at all.
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('team-solo')).toBeVisible();
  await expect(page.locator('select[name="role"]')).toHaveCount(0);

  // The trainee joins with their own code and takes the lead's signed file: role and 工号 are the lead's.
  await page.getByTestId('team-join-code').fill(await lead.code('1024'));
  await page.getByTestId('team-join-submit').click();
  await expect(page.getByTestId('team-join')).toHaveCount(0);
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dash.getByRole('tab', { name: '规则设置' }).click();
  await dash.getByTestId('team-import-file').setInputFiles(await fileWith(await lead.signed(lead.config(1))));
  await expect(dash.getByTestId('team-import-status')).toContainText('已更新到第 1 版');
  await page.reload();
  await expect(page.getByTestId('popup-role')).toHaveAttribute('data-role', 'trainee');
  await expect(page.getByTestId('team-staff-id')).toHaveText('1024');

  // Step 1: "make myself agent in the popup with the PIN box empty": there is no role box and no PIN box to leave empty.
  await expect(page.locator('select[name="role"]')).toHaveCount(0);
  await expect(page.getByTestId('popup-lead-pin')).toHaveCount(0);
  // Even a form edited with DevTools to say "agent" saves the roster's role.
  await page.evaluate(() => {
    const select = document.createElement('select');
    select.name = 'role';
    select.innerHTML = '<option value="lead" selected>lead</option>';
    document.querySelector('form.popup fieldset')!.append(select);
  });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').first()).toHaveText('已保存');
  expect(await role(page)).toBe('trainee');

  // Step 2: "then lead with a PIN of my own choosing": no PIN can be set in a team browser; a guess is a wrong try.
  await expect(dash.getByTestId('lead-gate')).toHaveAttribute('data-team', 'true');
  await dash.getByTestId('lead-pin').fill('my-own-pin-123');
  await dash.getByTestId('lead-unlock').click();
  await expect(dash.getByRole('alert')).toContainText('还可再试 4 次');
  await expect(dash.getByTestId('lead-gate')).not.toHaveAttribute('data-state', 'unlocked');
  // A self-made "lead key" answer does not unlock either.
  const challenge = (await dash.getByTestId('lead-challenge').getAttribute('data-challenge'))!;
  await dash.getByTestId('lead-answer').fill(await answerChallenge(await generateLeadKey(), 'xianguo-shop', challenge));
  await dash.getByTestId('lead-answer-submit').click();
  await expect(dash.getByRole('alert')).toContainText('密码不对');

  // Step 3: "switch off the WeChat rule": the rules are locked, and a policy file with it off is refused,
  // unsigned or signed by anyone else, tampered, or an old signed file replayed.
  await expect(dash.getByTestId('rules-fieldset')).toHaveAttribute('disabled', '');
  await expect(dash.locator('[data-rule-id="diversion.wechat"] input[type="checkbox"]')).toBeDisabled();
  await dash.getByTestId('team-import-file').setInputFiles(await fileWith(JSON.stringify(WECHAT_OFF)));
  await expect(dash.getByTestId('team-import-status')).toContainText('没有组长签名');
  await dash.getByTestId('team-import-file').setInputFiles(await fileWith(await lead.signed(lead.config(2, { policy: WECHAT_OFF }), await generateLeadKey())));
  await expect(dash.getByTestId('team-import-status')).toContainText('不是本团队组长的密钥签的');
  const genuine = JSON.parse(await lead.signed(lead.config(2)));
  const tampered = { ...genuine, payload: JSON.stringify({ ...JSON.parse(genuine.payload), policy: WECHAT_OFF, roster: [{ staffId: '1024', name: '王小明', role: 'lead' }] }) };
  await dash.getByTestId('team-import-file').setInputFiles(await fileWith(JSON.stringify(tampered)));
  await expect(dash.getByTestId('team-import-status')).toContainText('签名不符');
  await dash.getByTestId('team-import-file').setInputFiles(await fileWith(await lead.signed(lead.config(1, { policy: WECHAT_OFF }))));
  await expect(dash.getByTestId('team-import-status')).toContainText('旧版本');
  expect(await role(page)).toBe('trainee');
  expect(((await readExtensionStorage(context, ['lintPolicy'])).lintPolicy as { rules: Record<string, { enabled: boolean }> } | undefined)?.rules['diversion.wechat']?.enabled ?? true).toBe(true);

  // Step 4: "`加我微信 abc123` is then sent": it is stopped.
  const chat = await context.newPage();
  await openSellerPage(chat, FEIGE);
  await chat.locator(FEIGE_INPUT).fill('加我微信 abc123');
  await chat.locator(FEIGE_SEND).click();
  await expect(panel(chat).getByTestId('kefu-guard').locator('li[data-rule-id="diversion.wechat"]')).toHaveCount(1);
  await expect.poll(async () => (await readActions(context)).filter((a) => a.kind === 'lint.blocked').length).toBeGreaterThan(0);
  const rows = await readActions(context);
  expect(rows.filter((a) => a.kind === 'message.sent')).toHaveLength(0);
  expect(rows.find((a) => a.kind === 'lint.blocked')!.agent).toMatchObject({ staffId: '1024', role: 'trainee' });

  // The lead, on this PC, unlocks with the team secret; a promotion is a new signed file.
  await dash.getByTestId('lead-pin').fill(TEAM_SECRET);
  await dash.getByTestId('lead-unlock').click();
  await expect(dash.getByTestId('lead-gate')).toHaveAttribute('data-state', 'unlocked');
  await dash.getByTestId('team-import-file').setInputFiles(await fileWith(await lead.signed(lead.config(3, { roster: [{ staffId: '1024', name: '王小明', role: 'agent' }] }))));
  await expect(dash.getByTestId('team-import-status')).toContainText('已更新到第 3 版');
  await expect.poll(() => role(page)).toBe('agent');

  // Only the unlocked lead takes a browser out of the team; it is then solo again and says so.
  await dash.getByTestId('team-leave').click();
  await page.reload();
  await expect(page.getByTestId('team-solo')).toBeVisible();
  await expect(page.getByTestId('team-join')).toBeVisible();
});
