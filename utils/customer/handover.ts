import { csvText } from '../export/csv';
import type { Action } from '../model';
import { chinaDateTime } from '../time/china-time';

export interface HandoverItem {
  promiseId: string;
  buyer: string;
  site?: string;
  shop?: string;
  summary: string;
  dueAt: number;
  by?: string;
  overdue: boolean;
}

/** Open promises across every buyer (of one shop, when given), from promise.created minus promise.done, oldest due first. */
export function handoverItems(actions: readonly Action[], now: number, shop?: string): HandoverItem[] {
  const open = new Map<string, HandoverItem>();
  const done = new Set<string>();
  for (const a of actions) {
    const p = a.payload as { promiseId?: string; summary?: string; dueAt?: number };
    if (a.kind === 'promise.done' && p.promiseId) done.add(p.promiseId);
    if (a.kind === 'promise.created' && p.promiseId) {
      open.set(p.promiseId, { promiseId: p.promiseId, buyer: a.buyer?.nick ?? a.buyer?.buyerId ?? '', site: a.site, shop: a.buyer?.shop ?? a.agent?.shop, summary: p.summary ?? '', dueAt: p.dueAt ?? a.at, by: a.agent?.staffId, overdue: (p.dueAt ?? a.at) < now });
    }
  }
  return [...open.values()].filter((item) => !done.has(item.promiseId) && (!shop || item.shop === shop)).sort((a, b) => a.dueAt - b.dueAt);
}

/** The handover as CSV for the next shift (BOM for Excel, formulas neutralised). */
export function handoverCsv(items: readonly HandoverItem[]): string {
  const rows = items.map((i) => [i.site ?? '', i.buyer, i.summary, chinaDateTime(i.dueAt).slice(0, 16), i.overdue ? '已超时' : '', i.by ?? '']);
  return csvText([['平台', '买家', '承诺', '到期', '状态', '工号'], ...rows]);
}

/** Overdue promises not announced yet, so a notification goes out once per promise. */
export function newlyDue(items: readonly HandoverItem[], announced: ReadonlySet<string>): HandoverItem[] {
  return items.filter((item) => item.overdue && !announced.has(item.promiseId));
}
