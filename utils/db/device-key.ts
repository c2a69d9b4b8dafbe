import { generateDeviceKey, signValue, type PublicKeyJwk } from '../log/signing';
import type { Checkpoint } from '../model';
import type { AppDB } from './app-db';
import { getDeviceId } from './device';

const KEY = 'deviceKey';

interface StoredKey {
  privateKey: CryptoKey;
  publicKey: PublicKeyJwk;
  createdAt: number;
}

/** This device's signing key: made once (non-extractable), kept in the extension's own database. */
export async function ensureDeviceKey(db: AppDB): Promise<StoredKey> {
  const held = (await db.meta.get(KEY))?.value as StoredKey | undefined;
  if (held?.privateKey) return held;
  const made = { ...(await generateDeviceKey()), createdAt: Date.now() };
  // Two contexts may race on first run: the first one stored wins, the other's key is dropped unused.
  return db.transaction('rw', db.meta, async () => {
    const again = (await db.meta.get(KEY))?.value as StoredKey | undefined;
    if (again?.privateKey) return again;
    await db.meta.put({ key: KEY, value: made });
    return made;
  });
}

/** A signed checkpoint of this device's chain at a row it holds. */
export async function signHead(db: AppDB, head: { seq: number; hash: string }): Promise<Checkpoint> {
  const [key, deviceId] = [await ensureDeviceKey(db), await getDeviceId(db)];
  const checkpoint = { deviceId, seq: head.seq, hash: head.hash, signedAt: Date.now() };
  return { checkpoint, publicKey: key.publicKey, signature: await signValue(key.privateKey, checkpoint) };
}
