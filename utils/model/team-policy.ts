import { z } from 'zod';
import { lintPolicySchema } from './lint-policy';
import { playbookConfigSchema, playbookListSchema } from './playbook';
import { remarkFormatSchema } from './remark-format';
import { teamRulesSchema } from './settings';
import { customSiteListSchema } from './custom-site';
import { deviceKeyListSchema } from './device-keys';
import { siteOverridesSchema } from './site-overrides';
import { MAX_TEMPLATES, templateSchema } from './template';
import { qaScorecardSchema } from './qa';
import { DEFAULT_QA_SCORECARD } from './default-qa-scorecard';

/**
 * Everything a lead decides, as one document with its own version: handed to the team as one file, checked whole
 * before anything is changed. The agent's own settings (identity, language, dock, hotkey) are not part of it.
 */
export const teamPolicySchema = z.object({
  format: z.literal('kefu-assist/policy'),
  version: z.literal(1),
  exportedAt: z.string().max(40).optional(),
  templates: z.array(templateSchema).max(MAX_TEMPLATES),
  lintPolicy: lintPolicySchema,
  remarkFormat: remarkFormatSchema,
  playbooks: playbookListSchema,
  playbookConfig: playbookConfigSchema,
  teamRules: teamRulesSchema,
  /** Added after the first policy files: a file without it has no overrides. */
  siteOverrides: siteOverridesSchema.default({}),
  /** Added with the picker: backends a lead taught (none in older files). */
  customSites: customSiteListSchema.default([]),
  /** Added with the verified team log: the devices whose signed rows count (a file without it registers none). */
  deviceKeys: deviceKeyListSchema.default([]),
  /** Added with QA scoring: a file without it scores by the default scorecard. */
  qaScorecard: qaScorecardSchema.default(DEFAULT_QA_SCORECARD),
});
export type TeamPolicy = z.infer<typeof teamPolicySchema>;
