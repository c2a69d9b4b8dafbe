import type { Action } from '../model';

export interface PageKindHealth {
  adapterId: string;
  site?: string;
  level: 'green' | 'amber' | 'red';
  lastAt: number;
  /** When the current bad streak began (undefined while green). */
  brokeAt?: number;
  fields: Record<string, string>;
}

/** Per adapter (site and page kind): the last health logged, and since when it has not been green. */
export function healthBySite(rows: readonly Action[]): PageKindHealth[] {
  const byAdapter = new Map<string, Action[]>();
  for (const row of rows) {
    if (row.kind !== 'adapter.health') continue;
    const id = String((row.payload as { adapterId?: unknown }).adapterId ?? '');
    byAdapter.set(id, [...(byAdapter.get(id) ?? []), row]);
  }
  return [...byAdapter]
    .map(([adapterId, list]) => {
      const sorted = list.sort((a, b) => a.at - b.at);
      const last = sorted.at(-1)!;
      const payload = last.payload as { level: PageKindHealth['level']; fields: Record<string, string> };
      let brokeAt: number | undefined;
      for (let i = sorted.length - 1; i >= 0 && (sorted[i]!.payload as { level: string }).level !== 'green'; i--) brokeAt = sorted[i]!.at;
      return { adapterId, site: last.site, level: payload.level, lastAt: last.at, ...(brokeAt !== undefined ? { brokeAt } : {}), fields: payload.fields };
    })
    .sort((a, b) => a.adapterId.localeCompare(b.adapterId));
}
