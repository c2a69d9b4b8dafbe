import { z } from 'zod';
import { siteIdSchema } from './site';

/**
 * A buyer as a page shows them. `id` is the platform's stable id when the page has one
 * (Pinduoduo uid); nicknames are masked and change, so they are display only.
 */
export const pageBuyerSchema = z.object({
  id: z.string().min(1).max(64).optional(),
  idKind: z.enum(['uid', 'nick']).optional(),
  displayName: z.string().max(100).optional(),
});
export type PageBuyer = z.infer<typeof pageBuyerSchema>;

/** A buyer across the log: site + shop + platform id (or nickname when no id exists). */
export const buyerRefSchema = z.object({
  site: siteIdSchema,
  shop: z.string().max(60),
  buyerId: z.string().max(64).optional(),
  nick: z.string().max(100).optional(),
});
export type BuyerRef = z.infer<typeof buyerRefSchema>;

/** The log's reference to a buyer a page shows, in a shop; undefined when the page names no buyer. */
export function buyerRefOf(site: string | undefined, shop: string | undefined, buyer: PageBuyer | undefined): BuyerRef | undefined {
  if (!site || !buyer || (!buyer.id && !buyer.displayName)) return undefined;
  return { site, shop: shop ?? '', ...(buyer.id ? { buyerId: buyer.id } : {}), ...(buyer.displayName ? { nick: buyer.displayName } : {}) };
}

/** The key that groups a buyer's records; stable id first, nickname as the fallback. */
export function buyerKey(ref: BuyerRef): string | undefined {
  if (ref.buyerId) return `${ref.site}|${ref.shop}|id:${ref.buyerId}`;
  if (ref.nick) return `${ref.site}|${ref.shop}|nick:${ref.nick}`;
  return undefined;
}
