import { z } from 'zod';
import { siteIdSchema } from './site';

/**
 * A lead's fixes to how a site is read, as data: per site, a CSS selector for a named field (the names the panel's
 * health list shows). Tried before the adapter's own way; when it matches nothing the adapter's way still runs.
 */
export const siteOverridesSchema = z.record(siteIdSchema, z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/), z.string().trim().min(1).max(300)));
export type SiteOverrides = z.infer<typeof siteOverridesSchema>;
