import type { Finding } from '../model';

export type SendDecision = { action: 'allow' } | { action: 'block'; ruleIds: string[] } | { action: 'confirm'; ruleIds: string[] };

/**
 * Whether a send goes through. Blocking findings always stop it; warnings stop it once, until the agent
 * confirms this exact text (`confirmedText`).
 */
export function decideSend(text: string, findings: readonly Finding[], confirmedText: string | undefined): SendDecision {
  const ids = (severity: Finding['severity']) => [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.ruleId))];
  const blocking = ids('block');
  if (blocking.length > 0) return { action: 'block', ruleIds: blocking };
  const warnings = ids('warn');
  if (warnings.length > 0 && confirmedText !== text) return { action: 'confirm', ruleIds: warnings };
  return { action: 'allow' };
}
