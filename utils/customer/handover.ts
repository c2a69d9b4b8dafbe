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

type PromisePayload = { promiseId?: string; summary?: string; dueAt?: number };

/** The promise.created rows with no promise.done row, in the order given (rows may come in any order). */
export function openPromiseRows(actions: readonly Action[]): Action[] {
  const open = new Map<string, Action>();
  const done = new Set<string>();
  for (const a of actions) {
    const { promiseId } = a.payload as PromisePayload;
    if (a.kind === 'promise.done' && promiseId) done.add(promiseId);
    if (a.kind === 'promise.created' && promiseId) open.set(promiseId, a);
  }
  return [...open].filter(([id]) => !done.has(id)).map(([, row]) => row);
}

/** Open promises across every buyer (of one shop, when given), oldest due first. */
export function handoverItems(actions: readonly Action[], now: number, shop?: string): HandoverItem[] {
  return openPromiseRows(actions)
    .map((a): HandoverItem => {
      const p = a.payload as PromisePayload;
      return { promiseId: p.promiseId!, buyer: a.buyer?.nick ?? a.buyer?.buyerId ?? '', site: a.site, shop: a.buyer?.shop ?? a.agent?.shop, summary: p.summary ?? '', dueAt: p.dueAt ?? a.at, by: a.agent?.staffId, overdue: (p.dueAt ?? a.at) < now };
    })
    .filter((item) => !shop || item.shop === shop)
    .sort((a, b) => a.dueAt - b.dueAt);
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
