import { z } from 'zod';
import { DEFAULT_LINT_POLICY } from '../lint/default-policy';
import { lintPolicySchema, MAX_TEMPLATES, playbookConfigSchema, playbookListSchema, remarkFormatSchema, templateSchema } from '../model';
import { DEFAULT_PLAYBOOK_CONFIG, DEFAULT_PLAYBOOKS } from '../playbooks/default-playbooks';
import { DEFAULT_REMARK_FORMAT } from '../remark/default-format';
import { DEFAULT_TEMPLATES } from '../templates/default-pack';
import { storedItem } from './stored-item';

/** The send-guard policy a lead edits in the dashboard; the default policy until then. */
export const lintPolicyStore = storedItem({ key: 'local:lintPolicy', schema: lintPolicySchema, fallback: DEFAULT_LINT_POLICY, version: 1 });

/** The shop's remark format; the seed convention until a lead changes it. Per-site flags and limits are partial. */
export const remarkFormatStore = storedItem({ key: 'local:remarkFormat', schema: remarkFormatSchema, fallback: DEFAULT_REMARK_FORMAT, version: 1 });

/** The shop's template library; the default pack until a lead imports one. */
export const templatesStore = storedItem({ key: 'local:templates', schema: z.array(templateSchema).max(MAX_TEMPLATES), fallback: DEFAULT_TEMPLATES, version: 1 });

/** The playbooks as the lead last saved them; our default set until then. */
export const playbooksStore = storedItem({ key: 'local:playbooks', schema: playbookListSchema, fallback: DEFAULT_PLAYBOOKS, version: 1 });

/** The lead's playbook numbers and mandatory list; the seed figures until changed. */
export const playbookConfigStore = storedItem({ key: 'local:playbookConfig', schema: playbookConfigSchema, fallback: DEFAULT_PLAYBOOK_CONFIG, version: 1 });

export async function countTemplateUse(id: string): Promise<void> {
  const current = await templatesStore.load();
  await templatesStore.save(current.map((t) => (t.id === id ? { ...t, usageCount: t.usageCount + 1 } : t)));
}
