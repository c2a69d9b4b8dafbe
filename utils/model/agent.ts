import { z } from 'zod';

export const roleSchema = z.enum(['agent', 'lead', 'trainee']);
export type Role = z.infer<typeof roleSchema>;

/** Who is working: set in the popup, stamped on every logged action. */
export const agentSchema = z.object({
  name: z.string().trim().min(1).max(40),
  /** 工号 — the staff id written into remarks and logs. */
  staffId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,16}$/),
  role: roleSchema,
  shop: z.string().trim().min(1).max(60),
});
export type Agent = z.infer<typeof agentSchema>;

/**
 * One change of who is logged in on this browser, as the background saw it: from `since` on, `agent` (none when
 * nobody is). The background keeps one per change and checks each draft's agent against the one in effect at its time.
 */
export const agentHistoryEntrySchema = z.object({ since: z.number().int().nonnegative(), agent: agentSchema.optional() });
export type AgentHistoryEntry = z.infer<typeof agentHistoryEntrySchema>;
