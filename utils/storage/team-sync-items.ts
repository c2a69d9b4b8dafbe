import { z } from 'zod';
import { decodeConnection, syncConnectionSchema } from '../team-sync/connection';
import { storedItem } from './stored-item';
import { syncStateSchema } from '../model/sync-state';

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

export { syncStateSchema, type SyncState } from '../model/sync-state';

/** Where the push stands, for the popup and the panel. */
export const syncStateStore = storedItem({ key: 'local:teamSyncState', schema: syncStateSchema, fallback: syncStateSchema.parse({}), version: 1 });
