import { z } from 'zod';

/** A wait, in ms: at most 30 days. */
const waitMsSchema = z
  .number()
  .int()
  .min(0)
  .max(30 * 86_400_000);

/** What a chat tab reports every 15 s (the background adds who and where from the agent's settings). */
export const heartbeatSchema = z.object({
  tab: z.string().regex(/^[A-Za-z0-9-]{8,40}$/),
  site: z.string().min(1).max(40),
  status: z.enum(['online', 'away']),
  /** Buyers waiting for an answer in this tab (the open conversation). */
  waiting: z.number().int().min(0).max(1000),
  /** How long the longest of them has waited, at the time of the heartbeat. */
  oldestWaitMs: waitMsSchema,
  overLimit: z.number().int().min(0).max(1000),
  /** The platform's limit the tab measured against (sla.ts). */
  limitMs: waitMsSchema,
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;
