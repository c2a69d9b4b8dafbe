import { buildCases } from '../cases/case-state';
import { csvText } from '../export/csv';
import type { Action } from '../model';
import { chinaDateTime } from '../time/china-time';

export interface HandoverItem {
  /** A follow-up promise, or a complaint case still open (with its owner in `by`). */
  kind: 'promise' | 'case';
  /** The promise's or the case's id. */
  id: string;
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

/** Open promises and open cases across every buyer (of one shop, when given), oldest due first. */
export function handoverItems(actions: readonly Action[], now: number, shop?: string): HandoverItem[] {
  const promises = openPromiseRows(actions).map((a): HandoverItem => {
    const p = a.payload as PromisePayload;
    return {
      kind: 'promise',
      id: p.promiseId!,
      buyer: a.buyer?.nick ?? a.buyer?.buyerId ?? '',
      site: a.site,
      shop: a.buyer?.shop ?? a.agent?.shop,
      summary: p.summary ?? '',
      dueAt: p.dueAt ?? a.at,
      by: a.agent?.staffId,
      overdue: (p.dueAt ?? a.at) < now,
    };
  });
  // The rows here hold no replies, so a case's first-reply stage is not judged: its next due time is the resolution's.
  const cases = buildCases(actions, now, { withReplies: false })
    .filter((c) => c.status !== 'closed' && c.next)
    .map((c): HandoverItem => ({
      kind: 'case',
      id: c.id,
      buyer: c.buyer?.nick ?? c.buyer?.buyerId ?? '',
      site: c.site,
      shop: c.buyer?.shop,
      summary: `[${c.category}] ${c.wants}`.slice(0, 80),
      dueAt: c.next!.at,
      by: c.owner,
      overdue: c.overdue,
    }));
  return [...promises, ...cases].filter((item) => !shop || item.shop === shop).sort((a, b) => a.dueAt - b.dueAt);
}

/** The handover as CSV for the next shift (BOM for Excel, formulas neutralised). */
export function handoverCsv(items: readonly HandoverItem[]): string {
  const rows = items.map((i) => [i.kind === 'case' ? '投诉/售后' : '承诺', i.site ?? '', i.buyer, i.summary, chinaDateTime(i.dueAt).slice(0, 16), i.overdue ? '已超时' : '', i.by ?? '']);
  return csvText([['类型', '平台', '买家', '事项', '到期', '状态', '负责人工号'], ...rows]);
}

/** Overdue promises not announced yet, so a notification goes out once per promise. */
export function newlyDue(items: readonly HandoverItem[], announced: ReadonlySet<string>): HandoverItem[] {
  return items.filter((item) => item.overdue && !announced.has(item.id));
}
