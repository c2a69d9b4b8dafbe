import Dexie, { type EntityTable } from 'dexie';
import type { LeadKeyPair } from '../team-config/signing';

interface KeyRow extends LeadKeyPair {
  id: 'current';
  createdAt: number;
}

/**
 * The lead's signing key: a non-extractable CryptoKey, which IndexedDB can hold (storage.local cannot) and which no
 * script can read the bytes of, only sign with. Lives in the lead's own browser, in the extension's origin.
 */
class LeadKeyDB extends Dexie {
  keys!: EntityTable<KeyRow, 'id'>;
  constructor() {
    super('kefu-lead-key');
    this.version(1).stores({ keys: 'id' });
  }
}

let db: LeadKeyDB | null = null;
const open = () => (db ??= new LeadKeyDB());

export async function loadLeadKey(): Promise<LeadKeyPair | null> {
  const row = await open().keys.get('current');
  return row ? { privateKey: row.privateKey, publicKey: row.publicKey, keyId: row.keyId } : null;
}

export async function saveLeadKey(key: LeadKeyPair): Promise<void> {
  await open().keys.put({ id: 'current', ...key, createdAt: Date.now() });
}
