import { storage } from '#imports';
import { lintPolicySchema, type LintPolicy } from './model';
import { DEFAULT_LINT_POLICY } from './lint/default-policy';

/** The send-guard policy a lead edits in the dashboard; the default policy until then. */
export const lintPolicyItem = storage.defineItem<LintPolicy>('local:lintPolicy', { fallback: DEFAULT_LINT_POLICY, version: 1 });

export function parseStoredLintPolicy(raw: unknown): LintPolicy {
  const parsed = lintPolicySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[kefu] stored send-guard policy does not parse; using the default', parsed.error.issues[0]);
  return DEFAULT_LINT_POLICY;
}

export const loadLintPolicy = async () => parseStoredLintPolicy(await lintPolicyItem.getValue());
export const saveLintPolicy = (policy: LintPolicy) => lintPolicyItem.setValue(lintPolicySchema.parse(policy));
export const watchLintPolicy = (onChange: (policy: LintPolicy) => void) => lintPolicyItem.watch((raw) => onChange(parseStoredLintPolicy(raw)));
