import type { TeamPolicy } from '../model';
import { customSitesStore, lintPolicyStore, playbookConfigStore, playbooksStore, qaScorecardStore, remarkFormatStore, siteOverridesStore, templatesStore } from './policy-items';
import { teamRulesStore } from './settings';
import { deviceKeysStore } from './device-keys-item';

/** Everything a lead decides, read from the stores as one document (for the policy file). */
export async function loadTeamPolicy(): Promise<TeamPolicy> {
  const [templates, lintPolicy, remarkFormat, playbooks, playbookConfig, teamRules, siteOverrides, customSites] = await Promise.all([
    templatesStore.load(),
    lintPolicyStore.load(),
    remarkFormatStore.load(),
    playbooksStore.load(),
    playbookConfigStore.load(),
    teamRulesStore.load(),
    siteOverridesStore.load(),
    customSitesStore.load(),
  ]);
  const [deviceKeys, qaScorecard] = await Promise.all([deviceKeysStore.load(), qaScorecardStore.load()]);
  // An agent's personal phrases are theirs: they never travel in the team's file.
  return {
    format: 'kefu-assist/policy',
    version: 1,
    templates: templates.filter((t) => t.owner === 'team'),
    lintPolicy,
    remarkFormat,
    playbooks,
    playbookConfig,
    teamRules,
    siteOverrides,
    customSites,
    deviceKeys,
    qaScorecard,
  };
}

/** Writes a whole policy document (already validated) into the stores; open pages pick each part up live. */
export async function saveTeamPolicy(policy: TeamPolicy): Promise<void> {
  // The team's phrases replace the team's; this browser's personal phrases stay, and so does this agent's own usage
  // count of each phrase (it ranks their suggestions: the lead's counts are the lead's).
  const current = await templatesStore.load();
  const used = new Map(current.map((t) => [t.id, t.usageCount]));
  const personal = current.filter((t) => t.owner === 'personal' && !policy.templates.some((p) => p.id === t.id));
  await Promise.all([
    templatesStore.save([...policy.templates.map((t) => ({ ...t, owner: 'team' as const, usageCount: used.get(t.id) ?? 0 })), ...personal]),
    lintPolicyStore.save(policy.lintPolicy),
    remarkFormatStore.save(policy.remarkFormat),
    playbooksStore.save(policy.playbooks),
    playbookConfigStore.save(policy.playbookConfig),
    teamRulesStore.save(policy.teamRules),
    siteOverridesStore.save(policy.siteOverrides),
    customSitesStore.save(policy.customSites),
    deviceKeysStore.save(policy.deviceKeys),
    qaScorecardStore.save(policy.qaScorecard),
  ]);
}
