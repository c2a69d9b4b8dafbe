import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';
import { DEFAULT_TEAM_RULES } from '@/utils/model';
import { managedFromChromePolicy, managedFromFirefoxPolicies, overlayLintPolicy, overlayTeamRules, parseManagedPolicy } from '@/utils/policy/managed-overlay';

const ADDON_ID = 'kefu-assist@kefu.local';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

/** The test browser has no managed storage: give it one, as Chrome or Firefox would from policy. */
function setManaged(policy: unknown) {
  (fakeBrowser.storage as unknown as { managed: { get: () => Promise<unknown> } }).managed = { get: async () => structuredClone(policy) };
}

describe('managed policy', () => {
  it('maps the Firefox policies.json example to the parts this add-on reads, with nothing dropped', async () => {
    const example = JSON.parse(await readFile('docs/policies/firefox-policies.example.json', 'utf8'));
    const mapped = managedFromFirefoxPolicies(example, ADDON_ID);
    expect(mapped?.dropped).toEqual([]);
    expect(mapped?.policy).toEqual({
      team: { teamId: 'xianguo-shop', teamName: '鲜果小铺客服组', leadPublicKey: example.policies['3rdparty'].Extensions[ADDON_ID].team.leadPublicKey },
      guardRules: { 'diversion.wechat': { enabled: true, severity: 'block' }, 'ad.absolute': { severity: 'block' } },
      remarkEnforcement: 'block',
      teamRules: { logMessageText: false, workingHours: { from: 8, to: 23 } },
    });
    // The add-on id is the one the Firefox build declares.
    const config = await readFile('wxt.config.ts', 'utf8');
    expect(config).toContain(`id: '${ADDON_ID}'`);
    expect(managedFromFirefoxPolicies(example, 'someone-else@example.com')).toBeNull();
    // The Chromium example carries the same parts under the extension's id.
    const chromium = JSON.parse(await readFile('docs/policies/chromium-policy.example.json', 'utf8'));
    expect(managedFromChromePolicy(chromium, '<extension id>')?.policy.guardRules).toEqual({ 'diversion.wechat': { enabled: true, severity: 'block' } });
  });

  it('keeps every part managed_schema.json declares, and only those', async () => {
    const schema = JSON.parse(await readFile('public/managed_schema.json', 'utf8'));
    const { managedPolicySchema } = await import('@/utils/model');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(managedPolicySchema.shape).sort());
  });

  it('drops a part that does not fit and keeps the rest (one typo does not release every rule)', () => {
    const { policy, dropped } = parseManagedPolicy({ guardRules: { 'diversion.wechat': { enabled: 'yes' } }, remarkEnforcement: 'block', team: { teamId: 'X', leadPublicKey: 'short' }, unknown: 1 });
    expect(policy).toEqual({ remarkEnforcement: 'block' });
    expect(dropped.sort()).toEqual(['guardRules', 'team', 'unknown']);
  });

  it('puts what it sets on top of the local value', () => {
    const off = {
      ...DEFAULT_LINT_POLICY,
      rules: { ...DEFAULT_LINT_POLICY.rules, 'diversion.wechat': { ...DEFAULT_LINT_POLICY.rules['diversion.wechat']!, enabled: false, severity: 'warn' as const } },
    };
    expect(overlayLintPolicy(off, { guardRules: { 'diversion.wechat': { enabled: true } } }).rules['diversion.wechat']).toMatchObject({ enabled: true, severity: 'warn' });
    expect(overlayLintPolicy(off, {}).rules['diversion.wechat']?.enabled).toBe(false);
    expect(overlayLintPolicy(off, { guardRules: { 'no.such-rule': { enabled: true } } }).rules).not.toHaveProperty('no.such-rule');
    expect(overlayTeamRules({ ...DEFAULT_TEAM_RULES, logMessageText: true }, { teamRules: { logMessageText: false } }).logMessageText).toBe(false);
  });

  it('wins in storage: a save, an import or a hand-edited value cannot switch a managed rule off', async () => {
    setManaged({ guardRules: { 'diversion.wechat': { enabled: true, severity: 'block' } }, teamRules: { logMessageText: false } });
    const storage = await import('@/utils/storage');
    const policy = await storage.loadTeamPolicy();
    const wechatOff: typeof policy.lintPolicy = {
      ...policy.lintPolicy,
      rules: { ...policy.lintPolicy.rules, 'diversion.wechat': { ...policy.lintPolicy.rules['diversion.wechat']!, enabled: false } },
    };
    await storage.lintPolicyStore.save(wechatOff);
    expect((await storage.lintPolicyStore.load()).rules['diversion.wechat']?.enabled).toBe(true);
    await storage.saveTeamPolicy({ ...policy, lintPolicy: wechatOff, teamRules: { ...policy.teamRules, logMessageText: true } });
    expect((await storage.lintPolicyStore.load()).rules['diversion.wechat']?.enabled).toBe(true);
    expect((await storage.teamRulesStore.load()).logMessageText).toBe(false);
    await fakeBrowser.storage.local.set({ lintPolicy: wechatOff });
    expect((await storage.lintPolicyStore.load()).rules['diversion.wechat']?.enabled).toBe(true);
    // Other rules stay the lead's to change.
    await storage.lintPolicyStore.save({ ...wechatOff, rules: { ...wechatOff.rules, 'ad.absolute': { ...wechatOff.rules['ad.absolute']!, enabled: false } } });
    expect((await storage.lintPolicyStore.load()).rules['ad.absolute']?.enabled).toBe(false);
  });

  it('joins the team it names, over a team joined by hand, and applies its signed config', async () => {
    const { generateLeadKey, signTeamConfig } = await import('@/utils/team-config/signing');
    const lead = await generateLeadKey();
    const storage = await import('@/utils/storage');
    const policy = await storage.loadTeamPolicy();
    const signed = JSON.stringify(
      await signTeamConfig(
        {
          format: 'kefu-assist/team-config',
          version: 1,
          teamId: 'xianguo-shop',
          teamName: '鲜果',
          serial: 5,
          issuedAt: '2026-12-03T10:00:00Z',
          roster: [{ staffId: '1024', name: '王小明', role: 'agent' }],
          policy,
        },
        lead,
      ),
    );
    vi.resetModules(); // a fresh start of the extension, with the policy in place
    const { teamMembershipStore } = await import('@/utils/storage/team-membership');
    const stranger = await generateLeadKey();
    await teamMembershipStore.save({ teamId: 'fake-team', teamName: '', publicKey: stranger.publicKey, serial: 0, roster: [], joinedVia: 'code', joinedAt: '2026-12-01T00:00:00Z' });
    setManaged({ team: { teamId: 'xianguo-shop', leadPublicKey: lead.publicKey }, signedConfig: signed });
    const { syncManagedTeam } = await import('@/utils/team-config/managed-team');
    expect(await syncManagedTeam()).toMatchObject({ ok: true });
    expect(await teamMembershipStore.load()).toMatchObject({ teamId: 'xianguo-shop', publicKey: lead.publicKey, serial: 5, joinedVia: 'managed' });
    // Again: nothing changes (the same config is not newer).
    expect(await syncManagedTeam()).toMatchObject({ ok: false, reason: 'replayed' });
    expect((await teamMembershipStore.load())?.serial).toBe(5);
  });
});
