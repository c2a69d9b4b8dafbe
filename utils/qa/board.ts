import type { QaCategoryId, QaScorecard } from '../model';
import { QA_CATEGORY_IDS } from '../model/qa';
import type { ConversationQa } from './fold';

export interface AgentDayQa {
  agent: string;
  day: string;
  conversations: number;
  /** Mean conversation score (0–100), over scored conversations. */
  score?: number;
  /** Per category: the share of conversations it applied to that passed (0–1), and over how many. */
  categories: Partial<Record<QaCategoryId, { passRate: number; judged: number }>>;
}

export interface QaFilter {
  site?: string;
  agent?: string;
  day?: string;
}

export const filterConversations = (convs: readonly ConversationQa[], f: QaFilter) =>
  convs.filter((c) => (!f.site || c.site === f.site) && (!f.agent || (c.agent ?? '—') === f.agent) && (!f.day || c.day === f.day));

/** Per agent and day: the mean score and each category's pass rate, the worst-scoring first. */
export function agentDays(convs: readonly ConversationQa[]): AgentDayQa[] {
  const groups = new Map<string, ConversationQa[]>();
  for (const c of convs) {
    const key = `${c.agent ?? '—'}\u0000${c.day}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const rows = [...groups].map(([key, list]) => {
    const [agent, day] = key.split('\u0000') as [string, string];
    const scored = list.filter((c) => c.score !== undefined);
    const categories: AgentDayQa['categories'] = {};
    for (const id of QA_CATEGORY_IDS) {
      const judged = list.filter((c) => c.results[id] === 'pass' || c.results[id] === 'fail');
      if (judged.length) categories[id] = { passRate: judged.filter((c) => c.results[id] === 'pass').length / judged.length, judged: judged.length };
    }
    return { agent, day, conversations: list.length, ...(scored.length ? { score: Math.round(scored.reduce((s, c) => s + c.score!, 0) / scored.length) } : {}), categories };
  });
  return sortAgentDays(rows);
}

/** The worst-scoring agent-days first, then the latest day, then by agent. */
export const sortAgentDays = (rows: AgentDayQa[]) => rows.sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || b.day.localeCompare(a.day) || a.agent.localeCompare(b.agent));

export interface Calibration {
  category: QaCategoryId;
  /** Conversations the product judged on this rule. */
  judged: number;
  /** Of those, how many a lead overrode, and how many to a different result. */
  overridden: number;
  disagreed: number;
  disagreeRate: number;
}

/** How often leads disagree with each rule: a rule they keep overturning needs its cues or weight changed. */
export function calibration(convs: readonly ConversationQa[]): Calibration[] {
  return QA_CATEGORY_IDS.map((category) => {
    const judged = convs.filter((c) => c.auto[category] === 'pass' || c.auto[category] === 'fail' || c.overrides[category]);
    const overridden = judged.filter((c) => c.overrides[category]);
    const disagreed = overridden.filter((c) => c.overrides[category]!.result !== (c.auto[category] ?? 'na')).length;
    return { category, judged: judged.length, overridden: overridden.length, disagreed, disagreeRate: judged.length ? disagreed / judged.length : 0 };
  });
}

/** The board as a table for CSV/XLSX: one line per conversation, each category's result in the lead's words. */
export function boardTable(convs: readonly ConversationQa[], card: QaScorecard, words: { header: string[]; category: (id: QaCategoryId) => string; result: (r: string) => string }): string[][] {
  const ids = card.categories.filter((c) => c.enabled).map((c) => c.id);
  const header = [...words.header, ...ids.map(words.category)];
  const rows = convs.map((c) => [
    c.day,
    c.agent ?? '',
    c.site ?? '',
    c.buyer?.nick ?? c.buyer?.buyerId ?? '',
    c.score === undefined ? '' : String(c.score),
    c.risk ?? '',
    ...ids.map((id) => words.result((c.results[id] ?? 'na') + (c.overrides[id] ? '*' : ''))),
  ]);
  return [header, ...rows];
}
