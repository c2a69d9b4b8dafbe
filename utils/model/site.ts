import { z } from 'zod';

/** Marketplaces with an adapter. Each id is also the per-site on/off key in Settings. */
export const siteIdSchema = z.enum(['pinduoduo', 'douyin']);
export type SiteId = z.infer<typeof siteIdSchema>;
export const SITE_IDS = siteIdSchema.options;

/** The kind of seller page an adapter reads. */
export const pageKindSchema = z.enum(['chat', 'orderList', 'orderDetail']);
export type PageKind = z.infer<typeof pageKindSchema>;
