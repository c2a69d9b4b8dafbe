import { keyFingerprint, sameKey, verifyValue, type PublicKeyJwk } from '../log/signing';
import type { Action, Checkpoint } from '../model';
import type { MergeConflict } from './merge';

/** What the lead's store knows of a device: the key registered for it, and the last head it signed (the witness). */
export interface KnownDevice {
  publicKey: PublicKeyJwk;
  registeredAt: number;
  witness?: { seq: number; hash: string };
}

export type DeviceStatus =
  /** The file's signed head matches the rows and the key is the one registered (or registered now, `newKey`). */
  | 'signed'
  /** No checkpoint for this device in the file. */
  | 'unsigned'
  /** A checkpoint whose signature does not verify. */
  | 'signature-invalid'
  /** Signed by another key than the one registered for this device. */
  | 'key-unknown'
  /** The signed head is not the row the file (and the store) hold at that sequence: rows were edited, cut or renumbered. */
  | 'head-mismatch';

export interface DeviceVerdict {
  deviceId: string;
  status: DeviceStatus;
  /** When the device's key was registered; with `newKey`, at this import (first sight of the device). */
  registeredAt?: number;
  newKey?: boolean;
  fingerprint?: string;
  /** Up to which sequence the signed head vouches. */
  signedSeq?: number;
  /** The file disagrees with rows the store already held up to the device's last signed head. */
  rewritesHistory: boolean;
}

/** Which checkpoints carry a valid signature by the key they name (WebCrypto; run outside any database transaction). */
export async function checkSignatures(checkpoints: readonly Checkpoint[]): Promise<boolean[]> {
  return Promise.all(checkpoints.map((c) => verifyValue(c.publicKey, c.checkpoint, c.signature)));
}

/**
 * Judges each device of an import: its checkpoints (signature, key, head against the file's rows, else the rows held) and whether it
 * contradicts the witness. Returns the verdicts and the registry entries to store (new keys, advanced witnesses).
 */
export function judgeDevices(
  devices: readonly string[],
  held: readonly Action[],
  incoming: readonly Action[],
  checkpoints: readonly Checkpoint[],
  signatureOk: readonly boolean[],
  conflicts: readonly MergeConflict[],
  known: ReadonlyMap<string, KnownDevice>,
  now: number,
): { verdicts: DeviceVerdict[]; updates: Map<string, KnownDevice> } {
  // The file's own rows first: a signed head must match what the file brings, not only what the store held before.
  const hashAt = new Map(held.map((r) => [`${r.deviceId}\u0000${r.seq}`, r.hash]));
  const firstInFile = new Set<string>();
  for (const r of incoming) {
    const key = `${r.deviceId}\u0000${r.seq}`;
    if (firstInFile.has(key)) continue;
    firstInFile.add(key);
    hashAt.set(key, r.hash);
  }
  const updates = new Map<string, KnownDevice>();
  const verdicts = devices.map((deviceId): DeviceVerdict => {
    const registered = known.get(deviceId);
    const witness = registered?.witness;
    const rewritesHistory = !!witness && conflicts.some((c) => c.deviceId === deviceId && c.seq <= witness.seq);
    const mine = checkpoints.map((c, i) => ({ c, ok: signatureOk[i] })).filter(({ c }) => c.checkpoint.deviceId === deviceId);
    if (mine.length === 0) return { deviceId, status: 'unsigned', rewritesHistory, ...(registered ? { registeredAt: registered.registeredAt } : {}) };
    const head = mine.reduce((a, b) => (b.c.checkpoint.seq > a.c.checkpoint.seq ? b : a));
    const fingerprint = keyFingerprint(head.c.publicKey);
    if (registered && !sameKey(registered.publicKey, head.c.publicKey)) return { deviceId, status: 'key-unknown', fingerprint, registeredAt: registered.registeredAt, rewritesHistory };
    if (!mine.every((m) => m.ok)) return { deviceId, status: 'signature-invalid', fingerprint, rewritesHistory };
    const matches = mine.every(({ c }) => hashAt.get(`${deviceId}\u0000${c.checkpoint.seq}`) === c.checkpoint.hash);
    if (!matches) return { deviceId, status: 'head-mismatch', fingerprint, rewritesHistory };
    const registeredAt = registered?.registeredAt ?? now;
    const advance = !rewritesHistory && (!witness || head.c.checkpoint.seq > witness.seq);
    if (!registered || advance) {
      updates.set(deviceId, { publicKey: head.c.publicKey, registeredAt, witness: advance ? { seq: head.c.checkpoint.seq, hash: head.c.checkpoint.hash } : witness });
    }
    return { deviceId, status: 'signed', registeredAt, newKey: !registered, fingerprint, signedSeq: head.c.checkpoint.seq, rewritesHistory };
  });
  return { verdicts, updates };
}
