import { z } from 'zod';

/** Where this device's push to the team log stands (stored by `syncStateStore`, read by the push and the popup). */
export const syncStateSchema = z.object({
  /** The last sequence number the server acknowledged, for this device. */
  sentSeq: z.number().int().min(-1).default(-1),
  lastSentAt: z.number().int().optional(),
  /** The last sequence whose signed checkpoint the server acknowledged (-1: none yet). */
  signedSeq: z.number().int().min(-1).optional(),
  waiting: z.number().int().nonnegative().default(0),
  failures: z.number().int().nonnegative().default(0),
  nextAttemptAt: z.number().int().optional(),
  lastError: z.enum(['unreachable', 'wrong-password', 'table-missing', 'permission-missing', 'not-allowed', 'server-error']).optional(),
  lastErrorDetail: z.string().max(300).optional(),
  lastErrorAt: z.number().int().optional(),
  /** Which server the cursor belongs to: a new connection starts from the beginning. */
  server: z.string().max(300).optional(),
});
export type SyncState = z.infer<typeof syncStateSchema>;
