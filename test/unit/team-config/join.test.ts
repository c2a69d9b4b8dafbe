import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

/** The lead's browser and an agent's share nothing but the files and the code: two module graphs on one fake storage, wiped in between. */
async function leadIssues(roster: { staffId: string; name: string; role: 'agent' | 'lead' | 'trainee' }[]) {
  const admin = await import('@/utils/lead/team-admin');
  const storage = await import('@/utils/storage');
  const team = await admin.createTeam('鲜果小铺客服组', 'correct horse battery', roster, 'xianguo-shop');
  const policy = await storage.loadTeamPolicy();
  await storage.lintPolicyStore.save({
    ...policy.lintPolicy,
    rules: { ...policy.lintPolicy.rules, 'diversion.wechat': { ...policy.lintPolicy.rules['diversion.wechat']!, message: '不要引导买家加微信（组长）' } },
  });
  const codes = await admin.setupCodes(team);
  return { admin, codes, first: JSON.stringify(await admin.issueSignedConfig(new Date('2026-12-03T10:00:00Z'))) };
}

describe('joining a team and taking the role from the lead', () => {
  it('a per-person code names the agent; the role and name come from the signed roster, and a newer config changes them', async () => {
    const { admin, codes, first } = await leadIssues([{ staffId: '1024', name: '王小明', role: 'trainee' }]);
    const admin2 = admin;
    fakeBrowser.reset(); // now the agent's browser
    const join = await import('@/utils/team-config/join');
    const storage = await import('@/utils/storage');
    const personal = codes.people.find((p) => p.entry.staffId === '1024')!.code;
    expect(await join.joinTeam(personal)).toMatchObject({ ok: true });
    expect(await join.applyTeamConfigFile(first)).toMatchObject({ ok: true });
    expect((await storage.settingsStore.load()).agent).toMatchObject({ staffId: '1024', name: '王小明', role: 'trainee', shop: '鲜果小铺客服组' });
    expect((await storage.lintPolicyStore.load()).rules['diversion.wechat']).toMatchObject({ enabled: true, message: '不要引导买家加微信（组长）' });
    // The same file again is a replay; a second team's code is refused.
    expect(await join.applyTeamConfigFile(first)).toMatchObject({ ok: false, reason: 'replayed' });
    expect(await join.joinTeam(codes.team.replace('xianguo-shop', 'other-shop1'))).toMatchObject({ ok: false });
    expect(await join.joinTeam(codes.team)).toMatchObject({ ok: false, reason: 'already-joined' });
    expect(admin2).toBeDefined();
  });

  it('refuses an unsigned policy in a browser that joined, and says a solo browser has no team to check against', async () => {
    const { codes, first } = await leadIssues([{ staffId: '2048', name: '李娜', role: 'agent' }]);
    fakeBrowser.reset();
    const join = await import('@/utils/team-config/join');
    expect(await join.applyTeamConfigFile(first)).toEqual({ ok: false, reason: 'solo' });
    await join.joinTeam(codes.team);
    const unsigned = JSON.stringify(JSON.parse(JSON.parse(first).payload).policy);
    expect(await join.applyTeamConfigFile(unsigned)).toMatchObject({ ok: false, reason: 'unsigned' });
    expect(await join.applyTeamConfigFile(first)).toMatchObject({ ok: true });
    // A team code names no one: the agent picks a 工号 from the roster, once.
    expect(await join.chooseStaffId('9999')).toBe(false);
    expect(await join.chooseStaffId('2048')).toBe(true);
    expect(await join.chooseStaffId('2048')).toBe(false);
    const storage = await import('@/utils/storage');
    expect((await storage.settingsStore.load()).agent).toMatchObject({ staffId: '2048', role: 'agent', name: '李娜' });
  });

  it('follows the lead to a rotated key', async () => {
    const { admin, codes, first } = await leadIssues([{ staffId: '1024', name: '王小明', role: 'trainee' }]);
    await admin.rotateTeamKey();
    const { saveRoster } = admin;
    await saveRoster([{ staffId: '1024', name: '王小明', role: 'agent' }]);
    const second = JSON.stringify(await admin.issueSignedConfig(new Date('2026-12-04T10:00:00Z')));
    const leadKey = JSON.parse(second).publicKey;
    fakeBrowser.reset();
    const join = await import('@/utils/team-config/join');
    const storage = await import('@/utils/storage');
    const { teamMembershipStore } = await import('@/utils/storage/team-membership');
    await join.joinTeam(codes.people[0]!.code);
    expect(await join.applyTeamConfigFile(first)).toMatchObject({ ok: true, rotated: false });
    expect(await join.applyTeamConfigFile(second)).toMatchObject({ ok: true, rotated: true });
    expect((await teamMembershipStore.load())?.publicKey).toBe(leadKey);
    expect((await storage.settingsStore.load()).agent?.role).toBe('agent');
  });
});
