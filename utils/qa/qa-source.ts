import type { Action, QaScorecard } from '../model';
import { QA_CATEGORY_IDS } from '../model/qa';
import { agentDays, calibration, filterConversations, sortAgentDays, type AgentDayQa, type Calibration, type QaFilter } from './board';
import type { ConversationQa } from './fold';

/** What the lead's QA board shows for a filter: the same shape from the device's fold and from the team's SQL. */
export interface QaBoardData {
  /** Scored conversations under the filter. */
  conversations: number;
  agentDays: AgentDayQa[];
  /** The worst conversations first, at most the limit asked for. */
  worst: ConversationQa[];
  calibration: Calibration[];
  /** Every platform with scored conversations (the filter's list, whatever the filter). */
  sites: string[];
}

/** A log source's QA: the board, the conversations (export, trainee view) and one conversation's rows (drill-down). */
export interface QaSource {
  board(filter: QaFilter, card: QaScorecard, now: number, limit?: number): Promise<QaBoardData>;
  conversations(filter: QaFilter, card: QaScorecard, now: number, limit: number): Promise<ConversationQa[]>;
  /** The `qa.scored` and `qa.overridden` rows of one conversation, oldest first. */
  rows(conversation: string): Promise<Action[]>;
}

/** The board shows this many of the worst conversations; the export takes them all. */
export const QA_WORST_LIMIT = 200;

/** The board over conversations already folded (the device's path). */
export function boardOf(convs: readonly ConversationQa[], filter: QaFilter, limit = QA_WORST_LIMIT): QaBoardData {
  const shown = filterConversations(convs, filter);
  return {
    conversations: shown.length,
    agentDays: agentDays(shown),
    worst: shown.slice(0, limit),
    calibration: calibration(shown),
    sites: [...new Set(convs.map((c) => c.site).filter((s): s is string => !!s))].sort(),
  };
}

/** One agent × day × platform cell of figures that add up (the team's SQL returns these). */
export interface QaCell {
  agent: string;
  day: string;
  site: string;
  conversations: number;
  scored: number;
  scoreSum: number;
  pass: Partial<Record<string, number>>;
  judged: Partial<Record<string, number>>;
  calJudged: Partial<Record<string, number>>;
  calOverridden: Partial<Record<string, number>>;
  calDisagreed: Partial<Record<string, number>>;
}

/** Agent-day rows and the calibration added up from cells, with the same rounding and order as the fold's board. */
export function boardOfCells(cells: readonly QaCell[]): Pick<QaBoardData, 'conversations' | 'agentDays' | 'calibration'> {
  const days = new Map<string, QaCell[]>();
  for (const cell of cells) {
    const key = `${cell.agent}\u0000${cell.day}`;
    const list = days.get(key);
    if (list) list.push(cell);
    else days.set(key, [cell]);
  }
  const sum = (list: readonly QaCell[], pick: (c: QaCell) => number) => list.reduce((s, c) => s + pick(c), 0);
  const rows: AgentDayQa[] = [...days.values()].map((list) => {
    const scored = sum(list, (c) => c.scored);
    const categories: AgentDayQa['categories'] = {};
    for (const id of QA_CATEGORY_IDS) {
      const judged = sum(list, (c) => c.judged[id] ?? 0);
      if (judged) categories[id] = { passRate: sum(list, (c) => c.pass[id] ?? 0) / judged, judged };
    }
    return {
      agent: list[0]!.agent,
      day: list[0]!.day,
      conversations: sum(list, (c) => c.conversations),
      ...(scored ? { score: Math.round(sum(list, (c) => c.scoreSum) / scored) } : {}),
      categories,
    };
  });
  const cal: Calibration[] = QA_CATEGORY_IDS.map((category) => {
    const judged = sum(cells, (c) => c.calJudged[category] ?? 0);
    const disagreed = sum(cells, (c) => c.calDisagreed[category] ?? 0);
    return { category, judged, overridden: sum(cells, (c) => c.calOverridden[category] ?? 0), disagreed, disagreeRate: judged ? disagreed / judged : 0 };
  });
  return { conversations: sum(cells, (c) => c.conversations), agentDays: sortAgentDays(rows), calibration: cal };
}
