import { DEFAULT_LINT_POLICY } from '../../utils/send-guard/default-policy';
import { hashPin } from '../../utils/lead/pin';
import { DEFAULT_TEAM_RULES, type RosterEntry, type TeamConfig, type TeamPolicy } from '../../utils/model';
import { DEFAULT_PLAYBOOK_CONFIG, DEFAULT_PLAYBOOKS } from '../../utils/playbooks/default-playbooks';
import { DEFAULT_REMARK_FORMAT } from '../../utils/remark/default-format';
import { makeSetupCode } from '../../utils/team-config/setup-code';
import { generateLeadKey, signTeamConfig, type LeadKeyPair } from '../../utils/team-config/signing';
import { DEFAULT_TEMPLATES } from '../../utils/templates/default-pack';
import { DEFAULT_QA_SCORECARD } from '../../utils/model/default-qa-scorecard';

export const TEAM_ID = 'xianguo-shop';
export const TEAM_SECRET = 'correct horse battery';
export const DEFAULT_POLICY: TeamPolicy = {
  format: 'kefu-assist/policy',
  version: 1,
  templates: DEFAULT_TEMPLATES,
  lintPolicy: DEFAULT_LINT_POLICY,
  remarkFormat: DEFAULT_REMARK_FORMAT,
  playbooks: DEFAULT_PLAYBOOKS,
  playbookConfig: DEFAULT_PLAYBOOK_CONFIG,
  teamRules: DEFAULT_TEAM_RULES,
  siteOverrides: {},
  customSites: [],
  deviceKeys: [],
  qaScorecard: DEFAULT_QA_SCORECARD,
};

/** A lead outside the browser under test (the same signing code the dashboard runs, in Node): key, codes, signed files. */
export async function makeLead(roster: RosterEntry[]) {
  const key: LeadKeyPair = await generateLeadKey();
  const leadUnlock = await hashPin(TEAM_SECRET, 20_000);
  return {
    key,
    code: (staffId?: string) => makeSetupCode({ teamId: TEAM_ID, publicKey: key.publicKey, ...(staffId ? { staffId } : {}) }),
    config: (serial: number, patch: Partial<TeamConfig> = {}): TeamConfig => ({
      format: 'kefu-assist/team-config',
      version: 1,
      teamId: TEAM_ID,
      teamName: '鲜果小铺客服组',
      serial,
      issuedAt: new Date().toISOString(),
      roster,
      leadUnlock,
      policy: DEFAULT_POLICY,
      ...patch,
    }),
    signed: async (config: TeamConfig, by: LeadKeyPair = key) => JSON.stringify(await signTeamConfig(config, by)),
  };
}
