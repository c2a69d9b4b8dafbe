import { z } from 'zod';
import { pageKindSchema } from './site';

/** A CSS selector a lead picked (checked as CSS where a document is at hand: the picker and the rules editor). */
const selectorSchema = z.string().trim().min(1).max(300);

/** The parts of a page a lead can point at, by page kind (the names the health list and the picker use). */
export const CUSTOM_FIELDS = {
  chat: ['buyerName', 'buyerId', 'buyerMessages', 'agentMessages', 'replyBox', 'sendButton', 'orderNumber'],
  orderList: ['orderRows', 'remarkInput', 'remarkSave'],
  orderDetail: ['orderNumber', 'buyerName', 'remarkInput', 'remarkSave'],
} as const;
/** Without these a page kind reads nothing: the picker asks for them first and will not save without them. */
export const REQUIRED_CUSTOM_FIELDS = { chat: ['buyerName', 'buyerMessages'], orderList: ['orderRows'], orderDetail: ['orderNumber'] } as const;

/**
 * Where a custom page lives: `https://<host>/<path prefix>*`, the host exact (the extension asks for that origin's
 * permission), the path a prefix. The same shape as a manifest match pattern, so it registers the content script as is.
 */
export const urlPatternSchema = z
  .string()
  .max(300)
  .regex(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/[^\s*]*\*$/, 'https://host/path* expected');

export const customPageSchema = z.object({
  kind: pageKindSchema,
  urlPattern: urlPatternSchema,
  fields: z.record(z.string().regex(/^[a-zA-Z]{1,40}$/), selectorSchema),
  /** Whether Enter in the reply box sends (asked in the picker; the shortcut and the guard follow it). */
  enterSends: z.boolean().default(false),
});
export type CustomPage = z.infer<typeof customPageSchema>;

/**
 * A backend no adapter knows, taught by a lead with the picker: its pages and the fields on each, and the lead's own
 * response-time rule. Travels in the team policy; the id (`custom-<host>`) names it in the log like any site.
 */
export const customSiteSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  id: z.string().regex(/^custom-[a-z0-9-]{1,32}$/),
  name: z.string().trim().min(1).max(40),
  pages: z.array(customPageSchema).min(1).max(3),
  /** The lead's reply-time rule: a buyer answered within this many seconds is on time (timer amber at half of it). */
  replyWithinSec: z.number().int().min(10).max(86_400).default(180),
});
export type CustomSite = z.infer<typeof customSiteSchema>;

export const customSiteListSchema = z.array(customSiteSchema).max(50);

/** The id a custom site on this host gets: the same host always names the same site. */
export const customSiteId = (host: string): string =>
  `custom-${host
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 32)
    .replace(/-+$/, '')}`;
