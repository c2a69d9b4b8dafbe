import { z } from 'zod';
import { pageBuyerSchema } from './buyer';
import { pageOrderSchema } from './order';
import { pageKindSchema, siteIdSchema } from './site';

export const chatMessageSchema = z.object({
  /** The page's own message id when it has one (used to see a message once across reloads). */
  id: z.string().max(80).optional(),
  direction: z.enum(['buyer', 'agent', 'robot', 'system']),
  text: z.string().max(5000),
  /** Epoch milliseconds, when the page shows a time. */
  at: z.number().int().optional(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** Everything feature code may know about a seller page: plain data, produced by an adapter. */
export const pageSnapshotSchema = z.object({
  site: siteIdSchema,
  pageKind: pageKindSchema,
  adapterId: z.string(),
  buyer: pageBuyerSchema.optional(),
  orders: z.array(pageOrderSchema),
  activeOrderNo: z.string().optional(),
  messages: z.array(chatMessageSchema),
  capabilities: z.object({ reply: z.boolean(), remark: z.boolean() }),
  /** The platform's own countdown for this conversation as the page words it (快手: "2分15秒后超时"), a hint beside ours. */
  platformTimer: z.string().max(40).optional(),
  /** Fields the page showed longer than the schema allows, cut to the limit (`buyer.displayName`, `messages.3.id`). */
  clipped: z.array(z.string()).optional(),
});
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

/** `session-expired`: the login lapsed while the page stayed open; `not-receiving`: the platform routes chats elsewhere. */
export const cannotReadReasonSchema = z.enum(['login', 'kicked', 'loading', 'empty', 'unknown-layout', 'session-expired', 'not-receiving']);
export type CannotReadReason = z.infer<typeof cannotReadReasonSchema>;

/** How each named field of the page was found (utils/sites/fields.ts). */
export type SnapshotHealth = Record<string, 'default' | 'override' | 'override-missed' | 'fallback' | 'missing'>;

export type SnapshotResult = { ok: true; snapshot: PageSnapshot; health?: SnapshotHealth } | { ok: false; reason: CannotReadReason; adapterId: string; detail?: string; health?: SnapshotHealth };
