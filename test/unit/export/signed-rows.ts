import { GENESIS_HASH, hashAction } from '@/utils/log/hash-chain';
import { generateDeviceKey, signValue } from '@/utils/log/signing';
import type { Action, Checkpoint } from '@/utils/model';

export type DeviceKey = Awaited<ReturnType<typeof generateDeviceKey>>;

/** Recomputes every hash from the first row on, as someone covering an edit would. */
export function rehash(rows: readonly Action[]): Action[] {
  let prevHash = GENESIS_HASH;
  return rows.map((row) => {
    const { hash: _old, ...rest } = row;
    const next = { ...rest, prevHash, hash: hashAction({ ...rest, prevHash }) } as Action;
    prevHash = next.hash;
    return next;
  });
}

/** A checkpoint over `head`, signed by `signer`. */
export async function signHeadWith(signer: DeviceKey, head: Action): Promise<Checkpoint> {
  const checkpoint = { deviceId: head.deviceId, seq: head.seq, hash: head.hash, signedAt: Date.UTC(2026, 10, 22, 3) };
  return { checkpoint, publicKey: signer.publicKey, signature: await signValue(signer.privateKey, checkpoint) };
}
