import { z } from 'zod';
import type { Action } from './action';
import { actionKindSchema } from './action-kinds';
import { siteIdSchema } from './site';

/** What a lead narrows the log by; every field optional. Times are epoch ms, `to` exclusive. */
export const logFilterSchema = z.object({
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  staffId: z.string().max(16).optional(),
  site: siteIdSchema.optional(),
  shop: z.string().max(60).optional(),
  kinds: z.array(actionKindSchema).optional(),
  buyer: z.string().max(100).optional(),
  orderNo: z.string().max(40).optional(),
  /** Case-insensitive text search over the payload, buyer and page. */
  text: z.string().max(100).optional(),
});
export type LogFilter = z.infer<typeof logFilterSchema>;

/** Drops empty strings and lists so an untouched form field filters nothing. */
export function cleanFilter(filter: LogFilter): LogFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as LogFilter;
}

export function matchesFilter(action: Action, filter: LogFilter): boolean {
  if (filter.from !== undefined && action.at < filter.from) return false;
  if (filter.to !== undefined && action.at >= filter.to) return false;
  if (filter.staffId && action.agent?.staffId !== filter.staffId) return false;
  if (filter.site && action.site !== filter.site) return false;
  if (filter.shop && (action.buyer?.shop ?? action.agent?.shop) !== filter.shop) return false;
  if (filter.kinds && !filter.kinds.includes(action.kind)) return false;
  if (filter.orderNo && action.orderNo !== filter.orderNo && !JSON.stringify(action.payload ?? '').includes(filter.orderNo)) return false;
  if (filter.buyer) {
    const needle = filter.buyer.toLowerCase();
    if (!`${action.buyer?.buyerId ?? ''}\u0000${action.buyer?.nick ?? ''}`.toLowerCase().includes(needle)) return false;
  }
  if (filter.text) {
    const haystack = `${JSON.stringify(action.payload ?? '')}\u0000${action.buyer?.nick ?? ''}\u0000${action.pageUrl ?? ''}`.toLowerCase();
    if (!haystack.includes(filter.text.toLowerCase())) return false;
  }
  return true;
}
