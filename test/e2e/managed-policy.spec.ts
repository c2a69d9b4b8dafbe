import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, openSellerPage, panel, readExtensionStorage, serviceWorker, test } from './fixtures';
import { DEFAULT_POLICY, makeLead, TEAM_ID, TEAM_SECRET } from './team-lead';

const POLICY_DIR = '/etc/chromium/policies/managed';
const FEIGE = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const FEIGE_INPUT = 'textarea[data-qa-id="qa-send-message-textarea"]';
const FEIGE_SEND = '[data-qa-id="qa-send-message-button"]';

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits spelt a–p. */
const unpackedId = (path: string) => [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
const EXTENSION_ID = unpackedId(EXTENSION_DIR);
const POLICY_FILE = join(POLICY_DIR, `kefu-assist-e2e-${EXTENSION_ID}.json`);
const isRoot = process.getuid?.() === 0;

const lead = await makeLead([
  { staffId: '1024', name: '王小明', role: 'trainee' },
  { staffId: '2048', name: '李娜', role: 'agent' },
]);
const WECHAT_OFF = {
  ...DEFAULT_POLICY,
  lintPolicy: { ...DEFAULT_POLICY.lintPolicy, rules: { ...DEFAULT_POLICY.lintPolicy.rules, 'diversion.wechat': { ...DEFAULT_POLICY.lintPolicy.rules['diversion.wechat']!, enabled: false } } },
};

test.describe('managed policy from a real Chromium policy file', () => {
  test.skip(!isRoot, `needs root to write ${POLICY_DIR} (run as root, as CI does); skipped`);

  test.beforeAll(async () => {
    await mkdir(POLICY_DIR, { recursive: true });
    const policy = {
      '3rdparty': {
        extensions: {
          [EXTENSION_ID]: {
            team: { teamId: TEAM_ID, teamName: '鲜果小铺客服组', leadPublicKey: lead.key.publicKey },
            signedConfig: await lead.signed(lead.config(1)),
            guardRules: { 'diversion.wechat': { enabled: true, severity: 'block' } },
            remarkEnforcement: 'block',
            teamRules: { logMessageText: false },
          },
        },
      },
    };
    await writeFile(POLICY_FILE, JSON.stringify(policy));
  });
  test.afterAll(async () => {
    await rm(POLICY_FILE, { force: true });
  });

  test('joins the team it names, shows its values locked, and they win over the popup, the Rules tab and an import', async ({ context, page, extensionId }) => {
    expect(extensionId).toBe(EXTENSION_ID);
    const worker = await serviceWorker(context);
    const managed = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { managed: { get: (k: null) => Promise<Record<string, unknown>> } } } }).chrome.storage.managed.get(null),
    );
    expect(managed).toMatchObject({ guardRules: { 'diversion.wechat': { enabled: true } }, team: { teamId: TEAM_ID } });

    // The popup: in the team by policy, nothing to join, the 工号 picked once, the role the lead's.
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByTestId('team-managed')).toBeVisible();
    await expect(page.getByTestId('team-join')).toHaveCount(0);
    await expect(page.getByTestId('team-identity')).toHaveAttribute('data-serial', '1');
    await page.getByTestId('team-choose-staff').selectOption('1024');
    await page.getByTestId('team-choose-submit').click();
    await expect(page.getByTestId('popup-role')).toHaveAttribute('data-role', 'trainee');

    // The Rules tab: the managed rule is locked even for the lead; the others are the lead's to change.
    const dash = await context.newPage();
    await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await dash.getByRole('tab', { name: '规则设置' }).click();
    await dash.getByTestId('lead-pin').fill(TEAM_SECRET);
    await dash.getByTestId('lead-unlock').click();
    await expect(dash.getByTestId('lead-gate')).toHaveAttribute('data-state', 'unlocked');
    const wechat = dash.locator('[data-rule-id="diversion.wechat"]');
    await expect(wechat.getByTestId('managed-lock')).toBeVisible();
    await expect(wechat.locator('input[type="checkbox"]')).toBeDisabled();
    await expect(wechat.locator('input[type="checkbox"]')).toBeChecked();
    await expect(dash.locator('[data-rule-id="ad.absolute"] input[type="checkbox"]')).toBeEnabled();
    await expect(dash.getByTestId('rules-remark-enforcement')).toBeDisabled();
    await expect(dash.getByTestId('rules-log-text')).toBeDisabled();

    // A newer file the lead signed with the rule off is taken (its phrases, roster) but the managed rule stays on.
    const path = join(tmpdir(), `team-managed-${Date.now()}.json`);
    await writeFile(path, await lead.signed(lead.config(2, { policy: WECHAT_OFF })));
    await dash.getByTestId('team-import-file').setInputFiles(path);
    await expect(dash.getByTestId('team-import-status')).toContainText('已更新到第 2 版');
    const stored = (await readExtensionStorage(context, ['lintPolicy'])).lintPolicy as { rules: Record<string, { enabled: boolean }> };
    expect(stored.rules['diversion.wechat']?.enabled).toBe(true);
    await dash.reload();
    await dash.getByRole('tab', { name: '规则设置' }).click();
    await expect(dash.locator('[data-rule-id="diversion.wechat"] input[type="checkbox"]')).toBeChecked();

    // And on the seller page the rule holds.
    const chat = await context.newPage();
    await openSellerPage(chat, FEIGE);
    await chat.locator(FEIGE_INPUT).fill('加我微信 abc123');
    await chat.locator(FEIGE_SEND).click();
    await expect(panel(chat).getByTestId('kefu-guard').locator('li[data-rule-id="diversion.wechat"]')).toHaveCount(1);
  });
});
