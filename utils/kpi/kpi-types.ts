import type { Action, KpiRule, SiteProfile } from '../model';
import { lazyObject } from '../lazy-object';
import { PROFILES } from '../sites/profiles';

/** The parts of a logged action the KPIs read. */
export type KpiAction = Pick<Action, 'kind' | 'at' | 'payload' | 'site' | 'buyer'> & Partial<Pick<Action, 'pageUrl'>> & { agent?: { staffId: string } };

export interface KpiOptions {
  /** Each platform's own reply-time rules (from the site profiles), by the site whose conversations they count. */
  platformRules: { site: string; rule: KpiRule }[];
}

/** The reply-time rules the given sites' profiles state, each counted on its own site's conversations. */
export const kpiOptionsFor = (profiles: readonly SiteProfile[]): KpiOptions => ({
  platformRules: profiles.flatMap((profile) => profile.kpiRules.map((rule) => ({ site: profile.id, rule }))),
});

/**
 * Every built-in site's published rules (shared/domain/anchors.md, KPI table), as each profile states them; gathered
 * on first read, which is what checks every profile (utils/sites/define-profile.ts).
 */
export const DEFAULT_KPI_OPTIONS: KpiOptions = lazyObject(['platformRules'], () => kpiOptionsFor(PROFILES));

export interface AgentDayKpi {
  /** 工号, or '—' for actions logged before an agent was set. */
  agent: string;
  day: string;
  conversations: number;
  buyerMessages: number;
  messagesSent: number;
  /** Answered rounds and the sum of their response times. */
  rounds: number;
  unansweredRounds: number;
  responseMsTotal: number;
  firstResponses: number;
  firstResponseMsTotal: number;
  repliedLastConversations: number;
  activeHours: number;
  remarksSaved: number;
  remarksValid: number;
  remarksBlocked: number;
  findings: number;
  lintBlocked: number;
  overrides: number;
  /** Replies that left without passing the guard, and of those, ones a blocking rule would have stopped (违规已发出). */
  unguardedSent: number;
  unguardedViolations: number;
  templatesInserted: number;
  /** Per platform rule (by rule id): units counted (rounds, or buyer-days) and units that met the rule. */
  platform: Record<string, { rounds: number; withinRule: number }>;
}

/** Figures derived from the counts, as shown in the dashboard (undefined where there is nothing to divide). */
export interface KpiFigures {
  avgResponseMs?: number;
  avgFirstResponseMs?: number;
  repliedLastShare?: number;
  messagesPerHour?: number;
  remarkCompliance?: number;
  findingsPer100?: number;
  platformRate: Record<string, number | undefined>;
}
