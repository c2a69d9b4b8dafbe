import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';
import { DEFAULT_TEAM_RULES, type TeamConfig } from '@/utils/model';
import { DEFAULT_PLAYBOOK_CONFIG, DEFAULT_PLAYBOOKS } from '@/utils/playbooks/default-playbooks';
import { DEFAULT_REMARK_FORMAT } from '@/utils/remark/default-format';
import { generateLeadKey, keyIdOf, rotateLeadKey, signTeamConfig, verifyTeamConfig, type LeadKeyPair, type TrustPin } from '@/utils/team-config/signing';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import { DEFAULT_QA_SCORECARD } from '@/utils/model/default-qa-scorecard';

const config = (serial: number, roster: TeamConfig['roster'] = [{ staffId: '1024', name: '王小明', role: 'trainee' }]): TeamConfig => ({
  format: 'kefu-assist/team-config',
  version: 1,
  teamId: 'xianguo-shop',
  teamName: '鲜果小铺客服组',
  serial,
  issuedAt: '2026-12-03T10:00:00.000Z',
  roster,
  policy: {
    format: 'kefu-assist/policy',
    version: 1,
    templates: DEFAULT_TEMPLATES.slice(0, 3),
    lintPolicy: DEFAULT_LINT_POLICY,
    remarkFormat: DEFAULT_REMARK_FORMAT,
    playbooks: DEFAULT_PLAYBOOKS,
    playbookConfig: DEFAULT_PLAYBOOK_CONFIG,
    teamRules: DEFAULT_TEAM_RULES,
    siteOverrides: {},
    customSites: [],
    deviceKeys: [],
    qaScorecard: DEFAULT_QA_SCORECARD,
  },
});

let lead: LeadKeyPair;
let stranger: LeadKeyPair;
let pin: TrustPin;
beforeAll(async () => {
  lead = await generateLeadKey();
  stranger = await generateLeadKey();
  pin = { publicKey: lead.publicKey, teamId: 'xianguo-shop', serial: 0 };
});
const text = (value: unknown) => JSON.stringify(value);

describe('a signed team config', () => {
  it('is accepted from the pinned key, with its roster and policy intact', async () => {
    const check = await verifyTeamConfig(text(await signTeamConfig(config(1), lead)), pin);
    expect(check).toMatchObject({ ok: true, publicKey: lead.publicKey, rotated: false });
    if (check.ok) expect(check.config).toEqual(config(1));
  });

  it('is refused when a single character of what was signed changed', async () => {
    const signed = await signTeamConfig(config(2), lead);
    const promoted = { ...signed, payload: signed.payload.replace('"role":"trainee"', '"role":"lead"') };
    expect(promoted.payload).not.toBe(signed.payload);
    expect(await verifyTeamConfig(text(promoted), pin)).toMatchObject({ ok: false, reason: 'tampered' });
    // The WeChat rule switched off inside the signed payload:
    const relaxed = { ...signed, payload: JSON.stringify({ ...JSON.parse(signed.payload), policy: { ...config(2).policy, lintPolicy: { ...DEFAULT_LINT_POLICY, rules: {} } } }) };
    expect(await verifyTeamConfig(text(relaxed), pin)).toMatchObject({ ok: false, reason: 'tampered' });
    // A signature that is not base64url of a real signature is not one either.
    expect(await verifyTeamConfig(text({ ...signed, signature: signed.signature.split('').reverse().join('') }), pin)).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('is refused unsigned: a plain policy file, or an envelope without its signature', async () => {
    expect(await verifyTeamConfig(text(config(3).policy), pin)).toMatchObject({ ok: false, reason: 'unsigned' });
    expect(await verifyTeamConfig(text(config(3)), pin)).toMatchObject({ ok: false, reason: 'unsigned' });
    const { signature: _, ...bare } = await signTeamConfig(config(3), lead);
    expect(await verifyTeamConfig(text(bare), pin)).toMatchObject({ ok: false, reason: 'unsigned' });
    expect(await verifyTeamConfig('{ not json', pin)).toMatchObject({ ok: false, reason: 'not-json' });
  });

  it('is refused when older than, or as old as, the last one accepted (a replay)', async () => {
    const older = text(await signTeamConfig(config(4), lead));
    expect(await verifyTeamConfig(older, { ...pin, serial: 5 })).toMatchObject({ ok: false, reason: 'replayed', serial: 4, have: 5 });
    expect(await verifyTeamConfig(older, { ...pin, serial: 4 })).toMatchObject({ ok: false, reason: 'replayed' });
    expect(await verifyTeamConfig(older, { ...pin, serial: 3 })).toMatchObject({ ok: true });
  });

  it('is refused when signed by another key, even one that claims the pinned key id', async () => {
    const forged = await signTeamConfig(config(6), stranger);
    expect(await verifyTeamConfig(text(forged), pin)).toMatchObject({ ok: false, reason: 'wrong-key', detail: stranger.keyId });
    // The stranger's signature under the lead's public key does not verify.
    expect(await verifyTeamConfig(text({ ...forged, publicKey: lead.publicKey }), pin)).toMatchObject({ ok: false, reason: 'tampered' });
    // Nor does a rotation the stranger wrote for themselves.
    const selfVouched = { ...(await rotateLeadKey(stranger, stranger)), fromKeyId: lead.keyId };
    expect(await verifyTeamConfig(text({ ...forged, rotations: [selfVouched] }), pin)).toMatchObject({ ok: false, reason: 'bad-rotation' });
  });

  it('is refused for another team, even from the same key', async () => {
    const other = await signTeamConfig({ ...config(7), teamId: 'other-shop' }, lead);
    expect(await verifyTeamConfig(text(other), pin)).toMatchObject({ ok: false, reason: 'other-team', detail: 'other-shop' });
  });

  it('follows a rotation: the old key vouches for the new, and the agent pins the new one', async () => {
    const next = await generateLeadKey();
    const third = await generateLeadKey();
    const rotations = [await rotateLeadKey(lead, next), await rotateLeadKey(next, third)];
    const signed = text(await signTeamConfig(config(8), third, rotations));
    const check = await verifyTeamConfig(signed, pin);
    expect(check).toMatchObject({ ok: true, publicKey: third.publicKey, rotated: true });
    // A browser that already follows `next` reads the same file (the first link is before its pin).
    expect(await verifyTeamConfig(signed, { ...pin, publicKey: next.publicKey })).toMatchObject({ ok: true, publicKey: third.publicKey });
    // Without the chain, the new key is a stranger.
    expect(await verifyTeamConfig(text(await signTeamConfig(config(8), third)), pin)).toMatchObject({ ok: false, reason: 'wrong-key' });
    // A chain with its middle link re-pointed breaks.
    const broken = [rotations[0]!, { ...rotations[1]!, toPublicKey: stranger.publicKey }];
    expect(await verifyTeamConfig(text(await signTeamConfig(config(8), stranger, broken)), pin)).toMatchObject({ ok: false, reason: 'bad-rotation' });
  });

  it('keeps the private key non-extractable', async () => {
    expect(lead.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', lead.privateKey)).rejects.toThrow();
    expect(await keyIdOf(lead.publicKey)).toBe(lead.keyId);
  });
});
