import { csvText } from '../export/csv';
import { chinaDateTime } from '../time/china-time';
import type { CaseView } from './case-state';

export interface CaseFilter {
  status?: 'open' | 'closed';
  category?: string;
  owner?: string;
  site?: string;
  overdueOnly?: boolean;
}

/** The register's rows for a filter. */
export function filterCases(cases: readonly CaseView[], filter: CaseFilter): CaseView[] {
  return cases.filter(
    (c) =>
      (!filter.status || (filter.status === 'closed') === (c.status === 'closed')) &&
      (!filter.category || c.category === filter.category) &&
      (!filter.owner || c.owner === filter.owner) &&
      (!filter.site || c.site === filter.site) &&
      (!filter.overdueOnly || c.overdue),
  );
}

/** The register as CSV (text cells: order numbers and ids survive Excel), headers in the lead's words. */
export function caseRegisterCsv(cases: readonly CaseView[], header: string[], label: (c: CaseView) => { status: string; resolution: string }): string {
  const rows = cases.map((c) => {
    const words = label(c);
    return [
      chinaDateTime(c.openedAt),
      c.site ?? '',
      c.buyer?.nick ?? c.buyer?.buyerId ?? '',
      c.orderNo ?? '',
      c.category,
      c.wants,
      c.owner ?? '',
      words.status,
      c.next ? chinaDateTime(c.next.at).slice(0, 16) : '',
      c.overdue ? '✔' : '',
      words.resolution,
      c.closedAt ? chinaDateTime(c.closedAt) : '',
    ];
  });
  return csvText([header, ...rows]);
}
