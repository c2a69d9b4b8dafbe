import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';
import { DEFAULT_TEAM_RULES, type TeamPolicy } from '@/utils/model';
import { DEFAULT_PLAYBOOK_CONFIG, DEFAULT_PLAYBOOKS } from '@/utils/playbooks/default-playbooks';
import { parsePolicyFile, serializePolicyFile } from '@/utils/policy/policy-file';
import { DEFAULT_REMARK_FORMAT } from '@/utils/remark/default-format';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import { DEFAULT_QA_SCORECARD } from '@/utils/model/default-qa-scorecard';

const policy: TeamPolicy = {
  format: 'kefu-assist/policy',
  version: 1,
  templates: DEFAULT_TEMPLATES,
  lintPolicy: DEFAULT_LINT_POLICY,
  remarkFormat: { ...DEFAULT_REMARK_FORMAT, enforcement: 'warn', flags: { pinduoduo: ['红', '黄'] } },
  playbooks: DEFAULT_PLAYBOOKS,
  playbookConfig: DEFAULT_PLAYBOOK_CONFIG,
  teamRules: { ...DEFAULT_TEAM_RULES, waitThresholds: { douyin: { warnSec: 60, lateSec: 120 } } },
  siteOverrides: { douyin: { orderRows: '[data-kora="list-card"]' } },
  customSites: [
    {
      schemaVersion: 1,
      id: 'custom-erp-example-com',
      name: '自建客服台',
      replyWithinSec: 120,
      pages: [{ kind: 'chat', urlPattern: 'https://erp.example.com/service/*', enterSends: false, fields: { buyerName: '[data-role="buyer-name"]', buyerMessages: '.msg[data-from="buyer"]' } }],
    },
  ],
  deviceKeys: [
    {
      deviceId: '6f1c2a4e-0b7d-4a8e-9f00-1c2d3e4f5a6b',
      publicKey: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
      staffId: '1024',
      agentUser: 'kefu_1024',
      registeredAt: 1_764_000_000_000,
    },
  ],
  qaScorecard: DEFAULT_QA_SCORECARD,
};

describe('the team policy file', () => {
  it('round-trips every part a lead decides', () => {
    const parsed = parsePolicyFile(`\uFEFF${serializePolicyFile(policy, new Date('2026-11-30T10:00:00Z'))}`);
    if (!parsed.ok) throw new Error(parsed.message);
    expect({ ...parsed.data, exportedAt: undefined }).toEqual({ ...policy, exportedAt: undefined });
    expect(parsed.data.exportedAt).toBe('2026-11-30T10:00:00.000Z');
  });

  it('reads a file written before device keys as one that registers no device', () => {
    const { deviceKeys: _keys, ...older } = JSON.parse(serializePolicyFile(policy));
    const parsed = parsePolicyFile(JSON.stringify(older));
    expect(parsed.ok && parsed.data.deviceKeys).toEqual([]);
  });

  it('names where a bad file is wrong and applies nothing', () => {
    const bad = JSON.parse(serializePolicyFile(policy));
    bad.remarkFormat.enforcement = 'sometimes';
    expect(parsePolicyFile(JSON.stringify(bad))).toMatchObject({ ok: false, where: 'remarkFormat.enforcement' });
    expect(parsePolicyFile('{ not json')).toMatchObject({ ok: false, where: 'JSON' });
    expect(parsePolicyFile(JSON.stringify({ ...bad, format: 'kefu-assist/templates' }))).toMatchObject({ ok: false });
  });

  it('takes thresholds for sites this build does not know (a newer build’s file)', () => {
    const newer = { ...policy, teamRules: { ...policy.teamRules, waitThresholds: { 'some-new-site': { warnSec: 600, lateSec: 1200 } } } };
    expect(parsePolicyFile(serializePolicyFile(newer)).ok).toBe(true);
  });
});

describe('a policy file from before site fixes', () => {
  it('still reads, with no site overrides', () => {
    const older = JSON.parse(serializePolicyFile(policy));
    delete older.siteOverrides;
    delete older.customSites;
    const parsed = parsePolicyFile(JSON.stringify(older));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.data.siteOverrides).toEqual({});
    expect(parsed.data.customSites).toEqual([]);
  });
});
