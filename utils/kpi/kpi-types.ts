import type { Action } from '../model';

/** The parts of a logged action the KPIs read. */
export type KpiAction = Pick<Action, 'kind' | 'at' | 'payload' | 'site' | 'buyer'> & { agent?: { staffId: string } };

export interface KpiOptions {
  /**
   * A platform's reply-time rule: answered within `withinMs`, for rounds starting between the hours (China time),
   * counted per round, or per buyer and day (the buyer-day passes only if every counted round passed).
   */
  platformRules: Record<string, { withinMs: number; fromHour: number; toHour: number; unit: 'round' | 'buyer-day' }>;
}

/**
 * Published rules (shared/domain/anchors.md, KPI table): Douyin 飞鸽 3分钟人工回复率, per message round, 08:00–23:00;
 * Pinduoduo 有效回复率, per buyer per day, failed by any message unanswered or answered after more than 1 h, 08:00–23:00.
 */
export const DEFAULT_KPI_OPTIONS: KpiOptions = {
  platformRules: {
    douyin: { withinMs: 3 * 60_000, fromHour: 8, toHour: 23, unit: 'round' },
    pinduoduo: { withinMs: 60 * 60_000, fromHour: 8, toHour: 23, unit: 'buyer-day' },
  },
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
  /** Per site with a published rule: units counted (rounds, or buyer-days) and units that met the platform's rule. */
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
