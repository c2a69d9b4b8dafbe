import Dexie from 'dexie';
import type { AppDB } from '../db/app-db';
import { stripIndexFields } from '../db/app-db';
import { getDeviceId } from '../db/device';
import { signHead } from '../db/device-key';
import type { Checkpoint } from '../model';
import type { SyncState } from '../model/sync-state';
import type { SyncConnection } from './connection';
import { backoffMs, pushBatch, pushCheckpoint, serverVersion, type SyncError } from './push';
import { jsonEachRow } from './rows';

export const SYNC_BATCH = 2000;

export interface SyncDeps {
  db: AppDB;
  connection: SyncConnection;
  state: SyncState;
  saveState: (state: SyncState) => Promise<void>;
  hasPermission: () => Promise<boolean>;
  now?: () => number;
  fetcher?: typeof fetch;
  /** Signs this device's chain head (the device key in the extension's database by default). */
  sign?: (head: { seq: number; hash: string }) => Promise<Checkpoint>;
}

/**
 * Pushes every row of this device the server has not acknowledged, batch after batch in sequence order (a week
 * offline is simply more batches). The cursor moves only after the server answered OK, so a batch whose answer was
 * lost is sent again — with the same dedup token and key, it stores nothing twice. A failure records why and when to
 * try next (backoff); a `force` run (a new connection, the agent's "retry") ignores the wait. After the rows, the
 * device's head is signed and pushed as a checkpoint (once per run, not per batch).
 */
export async function syncOnce(
  { db, connection, state: before, saveState, hasPermission, now = Date.now, fetcher = fetch, sign = (head) => signHead(db, head) }: SyncDeps,
  force = false,
): Promise<SyncState> {
  let state: SyncState = before.server === connection.url ? before : { sentSeq: -1, waiting: 0, failures: 0, server: connection.url };
  if (!force && state.nextAttemptAt && state.nextAttemptAt > now()) return state;
  const fail = async (error: SyncError, detail: string) => {
    const failures = state.failures + 1;
    state = { ...state, failures, lastError: error, lastErrorDetail: detail.slice(0, 300), lastErrorAt: now(), nextAttemptAt: now() + backoffMs(failures) };
    await saveState(state);
    return state;
  };
  if (!(await hasPermission())) return fail('permission-missing', new URL(connection.url).origin);
  const version = await serverVersion(connection, fetcher);
  if (!version.ok) return fail(version.error, version.detail);
  const deviceId = await getDeviceId(db);
  for (;;) {
    const rows = (
      await db.actions
        .where('[deviceId+seq]')
        .between([deviceId, state.sentSeq + 1], [deviceId, Dexie.maxKey])
        .limit(SYNC_BATCH)
        .toArray()
    ).map(stripIndexFields);
    if (rows.length === 0) break;
    const first = rows[0]!.seq;
    const last = rows.at(-1)!.seq;
    const result = await pushBatch(connection, jsonEachRow(rows), `${deviceId}:${first}-${last}`, version.version, fetcher);
    if (!result.ok) {
      state = { ...state, waiting: await waitingAfter(db, deviceId, state.sentSeq) };
      return fail(result.error, result.detail);
    }
    state = { ...state, sentSeq: last, lastSentAt: now(), failures: 0, nextAttemptAt: undefined, lastError: undefined, lastErrorDetail: undefined };
    await saveState({ ...state, waiting: await waitingAfter(db, deviceId, last) });
  }
  // The head the server now holds, signed, so the lead's dashboard can tell these rows from rows someone else inserted.
  if (state.sentSeq >= 0 && (state.signedSeq ?? -1) < state.sentSeq) {
    const head = await db.actions.where('[deviceId+seq]').equals([deviceId, state.sentSeq]).first();
    if (head) {
      const pushed = await pushCheckpoint(connection, await sign({ seq: head.seq, hash: head.hash }), fetcher);
      if (!pushed.ok) return fail(pushed.error, pushed.detail);
      state = { ...state, signedSeq: head.seq };
    }
  }
  state = { ...state, waiting: 0 };
  await saveState(state);
  return state;
}

const waitingAfter = (db: AppDB, deviceId: string, seq: number) =>
  db.actions
    .where('[deviceId+seq]')
    .between([deviceId, seq + 1], [deviceId, Dexie.maxKey])
    .count();
