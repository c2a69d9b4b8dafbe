import type { Action } from '../model';

/** The parts of a logged action the KPIs read. */
export type KpiAction = Pick<Action, 'kind' | 'at' | 'payload' | 'site' | 'buyer'> & { agent?: { staffId: string } };

export interface KpiOptions {
  /** A platform reply-time rule: replied within `withinMs`, for rounds that start between the hours (China time). */
  platformRules: Record<string, { withinMs: number; fromHour: number; toHour: number }>;
}

/** Douyin 飞鸽: 3-minute manual reply rate per message round, counted 08:00–23:00 (platform rule). */
export const DEFAULT_KPI_OPTIONS: KpiOptions = {
  platformRules: { douyin: { withinMs: 3 * 60_000, fromHour: 8, toHour: 23 } },
};

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
  templatesInserted: number;
  /** Per site with a published rule: rounds counted and rounds answered within the platform's time. */
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
