import { DEFAULT_LINT_POLICY } from '../send-guard/default-policy';
import { chunkedList } from './chunked-list';
import {
  casePolicySchema,
  customSiteListSchema,
  DEFAULT_CASE_POLICY,
  siteOverridesSchema,
  lintPolicySchema,
  MAX_TEMPLATES,
  playbookConfigSchema,
  playbookListSchema,
  remarkFormatSchema,
  templateSchema,
} from '../model';
import { DEFAULT_PLAYBOOK_CONFIG, DEFAULT_PLAYBOOKS } from '../playbooks/default-playbooks';
import { DEFAULT_REMARK_FORMAT } from '../remark/default-format';
import { DEFAULT_TEMPLATES } from '../templates/default-pack';
import { overlayLintPolicy, overlayRemarkFormat } from '../policy/managed-overlay';
import { storedItem } from './stored-item';
import { qaScorecardSchema } from '../model/qa';
import { DEFAULT_QA_SCORECARD } from '../model/default-qa-scorecard';

/** The send-guard policy a lead edits in the dashboard; the default policy until then. */
export const lintPolicyStore = storedItem({ key: 'local:lintPolicy', schema: lintPolicySchema, fallback: DEFAULT_LINT_POLICY, version: 1, managed: overlayLintPolicy });

/** The shop's remark format; the seed convention until a lead changes it. Per-site flags and limits are partial. */
/** The lead's fixes to how sites are read (selectors by field name). */
export const siteOverridesStore = storedItem({ key: 'local:siteOverrides', schema: siteOverridesSchema, fallback: {}, version: 1 });

/** Backends a lead taught with the picker (pages, fields, reply-time rule). */
export const customSitesStore = storedItem({ key: 'local:customSites', schema: customSiteListSchema, fallback: [], version: 1 });

/** The lead's case rules: the shop's own categories and the due times. */
export const casePolicyStore = storedItem({ key: 'local:casePolicy', schema: casePolicySchema, fallback: DEFAULT_CASE_POLICY, version: 1 });

export const remarkFormatStore = storedItem({ key: 'local:remarkFormat', schema: remarkFormatSchema, fallback: DEFAULT_REMARK_FORMAT, version: 1, managed: overlayRemarkFormat });

/** The shop's template library, stored in chunks (chunked-list.ts says why); the default pack until a lead imports one. */
export const templatesStore = chunkedList({ key: 'templates', element: templateSchema, fallback: DEFAULT_TEMPLATES, max: MAX_TEMPLATES, idOf: (t) => t.id });

/** The playbooks as the lead last saved them; our default set until then. */
export const playbooksStore = storedItem({ key: 'local:playbooks', schema: playbookListSchema, fallback: DEFAULT_PLAYBOOKS, version: 1 });

/** The lead's playbook numbers and mandatory list; the seed figures until changed. */
export const playbookConfigStore = storedItem({ key: 'local:playbookConfig', schema: playbookConfigSchema, fallback: DEFAULT_PLAYBOOK_CONFIG, version: 1 });

/** The QA scorecard the lead set in the Rules tab; the default scorecard until then. */
export const qaScorecardStore = storedItem({ key: 'local:qaScorecard', schema: qaScorecardSchema, fallback: DEFAULT_QA_SCORECARD, version: 1 });

/** One more use of a template: only the chunk that holds it is rewritten. */
export async function countTemplateUse(id: string): Promise<void> {
  await templatesStore.update(id, (t) => ({ ...t, usageCount: t.usageCount + 1 }));
}
