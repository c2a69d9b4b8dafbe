import type { SiteProfile } from '../model';

/**
 * The platform's own reply limit for a site: the strictest of its reply-time rules (拼多多 3 minutes, 抖店 3 minutes,
 * JD 30 seconds …), else the wait timer's red threshold. The wallboard colours waits and raises alerts against it.
 */
export function platformLimitMs(profile: Pick<SiteProfile, 'kpiRules' | 'waitThreshold'>): number {
  const rules = profile.kpiRules.map((r) => r.withinMs);
  return rules.length ? Math.min(...rules) : profile.waitThreshold.lateSec * 1000;
}

/** The shares of the limit an alert is raised at (a buyer crossing each raises one). */
export const SLA_STEPS = [50, 75, 90] as const;
export type SlaStep = (typeof SLA_STEPS)[number];
export type SlaLevel = 'none' | 'ok' | SlaStep | 'over';

/** Where a wait stands against the limit: under half, past 50/75/90 %, or over it. */
export function slaLevel(waitMs: number, limitMs: number): SlaLevel {
  if (waitMs <= 0 || limitMs <= 0) return 'none';
  const share = (waitMs / limitMs) * 100;
  if (share >= 100) return 'over';
  const step = [...SLA_STEPS].reverse().find((s) => share >= s);
  return step ?? 'ok';
}

/** The highest step a wait has passed (0: none), for alerting once per step. */
export const stepPassed = (waitMs: number, limitMs: number): number => (limitMs > 0 ? Math.max(0, ...SLA_STEPS.filter((s) => (waitMs / limitMs) * 100 >= s)) : 0);
