import type { KnownDevice } from '../export/device-verdicts';
import type { Checkpoint } from '../model';
import type { AppDB } from './app-db';
import { signHead } from './device-key';

const DEVICES_KEY = 'knownDevices';
const checkpointKey = (deviceId: string) => `checkpoint:${deviceId}`;

/**
 * The checkpoints an NDJSON export ends with: this device's head signed now (its own log), and for imported devices
 * the signed head their file brought, when the export covers it (the merged log).
 */
export async function exportCheckpoints(db: AppDB, heads: ReadonlyMap<string, { seq: number; hash: string }>): Promise<Checkpoint[]> {
  const own = (await db.meta.get('deviceId'))?.value;
  const result: Checkpoint[] = [];
  for (const [deviceId, head] of heads) {
    if (deviceId === own) result.push(await signHead(db, head));
    else {
      const kept = (await db.meta.get(checkpointKey(deviceId)))?.value as Checkpoint | undefined;
      if (kept && kept.checkpoint.seq <= head.seq) result.push(kept);
    }
  }
  return result;
}

/** The lead's registry: each device's key (first seen, or from the team policy) and its last signed head. */
export async function knownDevices(db: AppDB): Promise<Map<string, KnownDevice>> {
  const value = (await db.meta.get(DEVICES_KEY))?.value as Record<string, KnownDevice> | undefined;
  return new Map(Object.entries(value ?? {}));
}

/** Stores registry changes and each device's newest verified checkpoint (inside the import's transaction). */
export async function rememberDevices(db: AppDB, known: ReadonlyMap<string, KnownDevice>, updates: ReadonlyMap<string, KnownDevice>, checkpoints: readonly Checkpoint[]): Promise<void> {
  if (updates.size === 0) return;
  await db.meta.put({ key: DEVICES_KEY, value: Object.fromEntries([...known, ...updates]) });
  for (const [deviceId, device] of updates) {
    const head = checkpoints.find((c) => c.checkpoint.deviceId === deviceId && c.checkpoint.seq === device.witness?.seq);
    if (head) await db.meta.put({ key: checkpointKey(deviceId), value: head });
  }
}
