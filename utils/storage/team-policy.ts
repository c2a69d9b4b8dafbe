import type { TeamPolicy } from '../model';
import { lintPolicyStore, playbookConfigStore, playbooksStore, remarkFormatStore, templatesStore } from './policy-items';
import { teamRulesStore } from './settings';

/** Everything a lead decides, read from the stores as one document (for the policy file). */
export async function loadTeamPolicy(): Promise<TeamPolicy> {
  const [templates, lintPolicy, remarkFormat, playbooks, playbookConfig, teamRules] = await Promise.all([
    templatesStore.load(),
    lintPolicyStore.load(),
    remarkFormatStore.load(),
    playbooksStore.load(),
    playbookConfigStore.load(),
    teamRulesStore.load(),
  ]);
  return { format: 'kefu-assist/policy', version: 1, templates, lintPolicy, remarkFormat, playbooks, playbookConfig, teamRules };
}

/** Writes a whole policy document (already validated) into the stores; open pages pick each part up live. */
export async function saveTeamPolicy(policy: TeamPolicy): Promise<void> {
  await Promise.all([
    templatesStore.save(policy.templates),
    lintPolicyStore.save(policy.lintPolicy),
    remarkFormatStore.save(policy.remarkFormat),
    playbooksStore.save(policy.playbooks),
    playbookConfigStore.save(policy.playbookConfig),
    teamRulesStore.save(policy.teamRules),
  ]);
}
