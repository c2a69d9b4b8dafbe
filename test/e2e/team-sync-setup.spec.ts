import { becomeLead, expect, test, unlockDashboard } from './fixtures';
import { decodeConnection } from '../../utils/team-sync/connection';

test('team log setup warns on plain http://, masks the passwords it makes, and copies the real SQL and codes', async ({ context, page, extensionId }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await becomeLead(context);
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await unlockDashboard(page);
  await page.getByRole('tab', { name: '团队同步' }).click();
  const setup = page.getByTestId('team-setup');
  const url = setup.getByTestId('team-setup-url');
  await url.fill('http://ch.example.com:8123');
  await expect(setup.getByTestId('team-setup-http')).toContainText('明文 http://');
  await url.fill('http://localhost:8123');
  await expect(setup.getByTestId('team-setup-http')).toHaveCount(0);
  await url.fill('https://ch.example.com:8443');
  await expect(setup.getByTestId('team-setup-http')).toHaveCount(0);
  await setup.getByTestId('team-setup-staff').fill('1024, 1025');
  await setup.getByTestId('team-setup-generate').click();

  const sql = setup.getByTestId('team-setup-sql');
  await expect(sql).toHaveValue(/CREATE USER IF NOT EXISTS kefu_1024/);
  const shown = await sql.inputValue();
  expect(shown).toContain("BY '••••••••'");
  expect(shown).not.toMatch(/BY '[A-Za-z0-9]{20}'/);
  const codes = setup.getByTestId('team-setup-codes');
  for (const text of await codes.locator('code').allTextContents()) expect(text).toContain('••••••••');

  // Copying hands over the real text: the SQL with its passwords, a code the popup can read.
  await setup.getByTestId('team-setup-copy-sql').click();
  await expect(setup.getByTestId('team-setup-copy-sql')).toHaveText('已复制');
  const copiedSql = await page.evaluate(() => navigator.clipboard.readText());
  const passwords = [...copiedSql.matchAll(/BY '([A-Za-z0-9]{20})'/g)].map((m) => m[1]);
  expect(passwords).toHaveLength(3);
  await codes.locator('tr[data-staff="1024"]').getByTestId('team-setup-copy-code').click();
  const decoded = decodeConnection(await page.evaluate(() => navigator.clipboard.readText()));
  expect(decoded.ok && decoded.connection).toMatchObject({ url: 'https://ch.example.com:8443', user: expect.stringContaining('1024'), database: 'kefu' });
  expect(decoded.ok && passwords).toContain(decoded.ok ? decoded.connection.password : '');

  // Shown on request only.
  await setup.getByTestId('team-setup-reveal').check();
  await expect(sql).toHaveValue(copiedSql);
});
