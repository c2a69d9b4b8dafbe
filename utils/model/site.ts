import { z } from 'zod';

/**
 * A marketplace's id: a built-in site folder (`utils/sites/<id>/`) or, later, a site a lead defines.
 * Deliberately an open string, not an enum: rows, settings and files written by a build that knows more sites
 * (or fewer) still parse, and per-site maps never require every key.
 */
export const siteIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/);
export type SiteId = z.infer<typeof siteIdSchema>;

/** The kind of seller page an adapter reads. */
export const pageKindSchema = z.enum(['chat', 'orderList', 'orderDetail']);
export type PageKind = z.infer<typeof pageKindSchema>;
