import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Action } from '../model';
import { canonicalJson } from './canonical-json';

/** The prevHash of a device's first action. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over every field of the row but `hash` itself; `prevHash` is inside, which chains the rows.
 * Synchronous on purpose: the background computes it inside an IndexedDB transaction, which an
 * awaited WebCrypto digest would let commit early.
 */
export function hashAction(row: Omit<Action, 'hash'>): string {
  const { hash: _ignored, ...rest } = row as Action;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(rest))));
}

export type ChainIssue =
  | { deviceId: string; seq: number; problem: 'edited' }
  | { deviceId: string; seq: number; problem: 'gap'; expectedSeq: number }
  | { deviceId: string; seq: number; problem: 'broken-link' }
  | { deviceId: string; seq: number; problem: 'duplicate' };

/**
 * Checks each device's rows: every hash matches its row, seqs run 0,1,2… without gaps, and each
 * prevHash is the hash of the row before. Rows may come in any order; they are checked by seq.
 */
export function verifyChain(rows: readonly Action[]): ChainIssue[] {
  const issues: ChainIssue[] = [];
  const byDevice = new Map<string, Action[]>();
  for (const row of rows) {
    const list = byDevice.get(row.deviceId) ?? [];
    list.push(row);
    byDevice.set(row.deviceId, list);
  }
  for (const [deviceId, list] of byDevice) {
    list.sort((a, b) => a.seq - b.seq);
    let expectedSeq = 0;
    let prev: Action | undefined;
    for (const row of list) {
      if (prev && row.seq === prev.seq) {
        issues.push({ deviceId, seq: row.seq, problem: 'duplicate' });
        continue;
      }
      if (hashAction(row) !== row.hash) issues.push({ deviceId, seq: row.seq, problem: 'edited' });
      if (row.seq !== expectedSeq) {
        issues.push({ deviceId, seq: row.seq, problem: 'gap', expectedSeq });
      } else if (row.prevHash !== (prev?.hash ?? GENESIS_HASH)) {
        issues.push({ deviceId, seq: row.seq, problem: 'broken-link' });
      }
      expectedSeq = row.seq + 1;
      prev = row;
    }
  }
  return issues;
}
