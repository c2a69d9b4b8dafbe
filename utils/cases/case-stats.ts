import { chinaDayNumber } from '../time/china-time';
import type { CaseView } from './case-state';

export interface CaseGroupStats {
  key: string;
  opened: number;
  closed: number;
  /** 完结率: closed ÷ opened (001 L161). */
  completionRate?: number;
  /** Mean time from opening to closing, over closed cases. */
  avgTimeToCloseMs?: number;
  overdue: number;
}

function group(cases: readonly CaseView[], keyOf: (c: CaseView) => string): CaseGroupStats[] {
  const groups = new Map<string, { opened: number; closed: number; closeMs: number; overdue: number }>();
  for (const c of cases) {
    const key = keyOf(c);
    const g = groups.get(key) ?? { opened: 0, closed: 0, closeMs: 0, overdue: 0 };
    g.opened++;
    if (c.closedAt !== undefined) {
      g.closed++;
      g.closeMs += c.closedAt - c.openedAt;
    }
    if (c.overdue) g.overdue++;
    groups.set(key, g);
  }
  return [...groups]
    .map(([key, g]) => ({
      key,
      opened: g.opened,
      closed: g.closed,
      ...(g.opened ? { completionRate: g.closed / g.opened } : {}),
      ...(g.closed ? { avgTimeToCloseMs: g.closeMs / g.closed } : {}),
      overdue: g.overdue,
    }))
    .sort((a, b) => b.opened - a.opened || a.key.localeCompare(b.key));
}

/** Completion rate and time to close per category and per owner, with overdue counts. */
export function caseStats(cases: readonly CaseView[]) {
  return { total: group(cases, () => 'all')[0], byCategory: group(cases, (c) => c.category), byOwner: group(cases, (c) => c.owner ?? '—') };
}

/** The seed's daily check (000 L507): what opened and closed on a China-time day, and what is overdue now. */
export function dailyCheck(cases: readonly CaseView[], dayOf: number) {
  return {
    opened: cases.filter((c) => chinaDayNumber(c.openedAt) === dayOf),
    closed: cases.filter((c) => c.closedAt !== undefined && chinaDayNumber(c.closedAt) === dayOf),
    overdue: cases.filter((c) => c.overdue),
  };
}
