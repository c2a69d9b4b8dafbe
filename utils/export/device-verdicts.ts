import { keyFingerprint, sameKey, verifyValue, type PublicKeyJwk } from '../log/signing';
import type { Checkpoint } from '../model';

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
  /** The file's checkpoints for this device are signed by more than one key: which is the device's cannot be told. */
  | 'key-conflict'
  /** The signed head is not the row the file (and the store) hold at that sequence: rows were edited, cut or renumbered. */
  | 'head-mismatch';

export interface DeviceVerdict {
  deviceId: string;
  status: DeviceStatus;
  /** When the device's key was registered; with `newKey`, at this import (first sight of the device). */
  registeredAt?: number;
  newKey?: boolean;
  fingerprint?: string;
  /** With `key-unknown`: the key registered for the device, beside the one that signed. */
  registeredFingerprint?: string;
  /** With `key-conflict`: every key that signed a checkpoint of this device in the file (and the registered one). */
  fingerprints?: string[];
  /** Up to which sequence the signed head vouches. */
  signedSeq?: number;
  /** With `signed`: rows held for the device after the last signed head (of this file or an earlier one); no signature covers them. */
  unsignedTail?: number;
  /** The file disagrees with rows the store already held up to the device's last signed head. */
  rewritesHistory: boolean;
}

/** Which checkpoints carry a valid signature by the key they name (WebCrypto; run outside any database transaction). */
export async function checkSignatures(checkpoints: readonly Checkpoint[]): Promise<boolean[]> {
  return Promise.all(checkpoints.map((c) => verifyValue(c.publicKey, c.checkpoint, c.signature)));
}

/** What an import found out about the rows, summed up per device so a file of any size judges in little memory. */
export interface ImportEvidence {
  /** The hash of the row at a checkpoint's sequence: the file's own (first) row there, else the row the store held. */
  hashAt: (deviceId: string, seq: number) => string | undefined;
  /** The lowest sequence at which the file disagreed with a row held (any conflict), per device. */
  firstConflictSeq: ReadonlyMap<string, number>;
}

/**
 * Judges each device of an import: its checkpoints (one key, signature, key registered, head against the file's rows,
 * else the rows held) and whether it contradicts the witness. Returns the verdicts and the registry entries to store
 * (new keys, advanced witnesses). The unsigned tail is counted by the caller, which holds the rows.
 */
export function judgeDevices(
  devices: readonly string[],
  checkpoints: readonly Checkpoint[],
  signatureOk: readonly boolean[],
  evidence: ImportEvidence,
  known: ReadonlyMap<string, KnownDevice>,
  now: number,
): { verdicts: DeviceVerdict[]; updates: Map<string, KnownDevice> } {
  const updates = new Map<string, KnownDevice>();
  const verdicts = devices.map((deviceId): DeviceVerdict => {
    const registered = known.get(deviceId);
    const witness = registered?.witness;
    const firstConflict = evidence.firstConflictSeq.get(deviceId);
    const rewritesHistory = !!witness && firstConflict !== undefined && firstConflict <= witness.seq;
    const since = registered ? { registeredAt: registered.registeredAt } : {};
    const mine = checkpoints.map((c, i) => ({ c, ok: signatureOk[i] })).filter(({ c }) => c.checkpoint.deviceId === deviceId);
    if (mine.length === 0) return { deviceId, status: 'unsigned', rewritesHistory, ...since };
    const keys = distinctKeys(mine.map(({ c }) => c.publicKey));
    if (keys.length > 1) {
      const named = registered ? [registered.publicKey, ...keys.filter((k) => !sameKey(k, registered.publicKey))] : keys;
      return { deviceId, status: 'key-conflict', fingerprints: named.map(keyFingerprint), rewritesHistory, ...since };
    }
    const head = mine.reduce((a, b) => (b.c.checkpoint.seq > a.c.checkpoint.seq ? b : a));
    const fingerprint = keyFingerprint(head.c.publicKey);
    if (registered && !sameKey(registered.publicKey, head.c.publicKey)) {
      return { deviceId, status: 'key-unknown', fingerprint, registeredFingerprint: keyFingerprint(registered.publicKey), rewritesHistory, ...since };
    }
    if (!mine.every((m) => m.ok)) return { deviceId, status: 'signature-invalid', fingerprint, rewritesHistory };
    const matches = mine.every(({ c }) => evidence.hashAt(deviceId, c.checkpoint.seq) === c.checkpoint.hash);
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

function distinctKeys(keys: readonly PublicKeyJwk[]): PublicKeyJwk[] {
  const out: PublicKeyJwk[] = [];
  for (const key of keys) if (!out.some((k) => sameKey(k, key))) out.push(key);
  return out;
}

/** The last sequence a signature vouches for on this device after the import: this file's head, or the store's witness. */
export function vouchedSeq(verdict: DeviceVerdict, known: KnownDevice | undefined): number {
  const witness = verdict.rewritesHistory ? -1 : (known?.witness?.seq ?? -1);
  return Math.max(verdict.signedSeq ?? -1, witness);
}
