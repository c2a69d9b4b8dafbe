import { managedPolicySchema, type LintPolicy, type ManagedPolicy, type RemarkFormat, type TeamRules } from '../model';

/**
 * What managed (enterprise) policy sets wins over the local value: these put it on top of what is stored, on every
 * read and before every write, so neither an editor, an import nor a hand-edited storage value can change it.
 */
export function overlayLintPolicy(policy: LintPolicy, managed: ManagedPolicy): LintPolicy {
  if (!managed.guardRules) return policy;
  const rules = { ...policy.rules };
  for (const [id, forced] of Object.entries(managed.guardRules)) {
    const rule = rules[id];
    if (rule) rules[id] = { ...rule, ...(forced.enabled !== undefined ? { enabled: forced.enabled } : {}), ...(forced.severity ? { severity: forced.severity } : {}) };
  }
  return { ...policy, rules };
}

export const overlayRemarkFormat = (format: RemarkFormat, managed: ManagedPolicy): RemarkFormat => (managed.remarkEnforcement ? { ...format, enforcement: managed.remarkEnforcement } : format);

export function overlayTeamRules(rules: TeamRules, managed: ManagedPolicy): TeamRules {
  const forced = managed.teamRules;
  if (!forced) return rules;
  return { ...rules, ...(forced.logMessageText !== undefined ? { logMessageText: forced.logMessageText } : {}), ...(forced.workingHours ? { workingHours: forced.workingHours } : {}) };
}

/** Whether a rule (by id) or a team switch is set by managed policy: the editors show it locked. */
export const managedRuleLocked = (managed: ManagedPolicy, ruleId: string) => !!managed.guardRules?.[ruleId];

/**
 * Reads what the browser handed over as managed storage. A part that does not fit is dropped, not the whole policy:
 * an administrator's typo in one rule must not release the others. Returns the parts and the names of those dropped.
 */
export function parseManagedPolicy(raw: unknown): { policy: ManagedPolicy; dropped: string[] } {
  if (!raw || typeof raw !== 'object') return { policy: {}, dropped: [] };
  const policy: Record<string, unknown> = {};
  const dropped: string[] = [];
  const shape = managedPolicySchema.shape;
  for (const [key, value] of Object.entries(raw)) {
    const part = shape[key as keyof typeof shape];
    const parsed = part?.safeParse(value);
    if (parsed?.success) policy[key] = parsed.data;
    else dropped.push(key);
  }
  return { policy: policy as ManagedPolicy, dropped };
}

/**
 * Firefox takes an extension's managed storage from policies.json's `3rdparty.Extensions.<add-on id>`; this is the
 * part for this add-on (what `browser.storage.managed` then returns), parsed as above.
 */
export function managedFromFirefoxPolicies(policiesJson: unknown, addonId: string): { policy: ManagedPolicy; dropped: string[] } | null {
  const section = (policiesJson as { policies?: { '3rdparty'?: { Extensions?: Record<string, unknown> } } } | null)?.policies?.['3rdparty']?.Extensions?.[addonId];
  return section ? parseManagedPolicy(section) : null;
}

/** The same for Chrome and Edge: `3rdparty.extensions.<extension id>` of a JSON policy file (Linux) or the registry. */
export function managedFromChromePolicy(policyJson: unknown, extensionId: string): { policy: ManagedPolicy; dropped: string[] } | null {
  const section = (policyJson as { '3rdparty'?: { extensions?: Record<string, unknown> } } | null)?.['3rdparty']?.extensions?.[extensionId];
  return section ? parseManagedPolicy(section) : null;
}
