import { z } from 'zod';
import { decodeConnection, syncConnectionSchema } from '../team-sync/connection';
import { storedItem } from './stored-item';

/** This agent's team-log connection (storage.local only; never logged or exported). */
export const teamSyncStore = storedItem({
  key: 'local:teamSync',
  schema: z.object({ connection: syncConnectionSchema.nullable() }),
  fallback: { connection: null },
  version: 1,
  // A team log server set by managed policy is the one this browser pushes to.
  managed: (value, policy) => {
    const decoded = policy.teamLogCode ? decodeConnection(policy.teamLogCode) : null;
    return decoded?.ok ? { connection: decoded.connection } : value;
  },
});

/** The lead's read-only account on the team server, for the dashboard's 团队 source (storage.local only, never exported). */
export const teamReadStore = storedItem({ key: 'local:teamRead', schema: z.object({ connection: syncConnectionSchema.nullable() }), fallback: { connection: null }, version: 1 });

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

/** Where the push stands, for the popup and the panel. */
export const syncStateStore = storedItem({ key: 'local:teamSyncState', schema: syncStateSchema, fallback: syncStateSchema.parse({}), version: 1 });
