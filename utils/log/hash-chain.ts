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
  const byDevice = new Map<string, Action[]>();
  for (const row of rows) {
    const list = byDevice.get(row.deviceId) ?? [];
    list.push(row);
    byDevice.set(row.deviceId, list);
  }
  const check = createChainCheck();
  for (const list of byDevice.values()) check.add(list.sort((a, b) => a.seq - b.seq));
  return check.result().issues;
}

/**
 * The same check fed in chain order (device, then sequence) a chunk at a time, holding only each device's last row:
 * for a log read in chunks (the team log on its server).
 */
export function createChainCheck() {
  const issues: ChainIssue[] = [];
  const last = new Map<string, Action>();
  let rows = 0;
  return {
    add(chunk: readonly Action[]): void {
      for (const row of chunk) {
        rows++;
        const prev = last.get(row.deviceId);
        if (prev && row.seq === prev.seq) {
          issues.push({ deviceId: row.deviceId, seq: row.seq, problem: 'duplicate' });
          continue;
        }
        if (hashAction(row) !== row.hash) issues.push({ deviceId: row.deviceId, seq: row.seq, problem: 'edited' });
        const expectedSeq = prev ? prev.seq + 1 : 0;
        if (row.seq !== expectedSeq) issues.push({ deviceId: row.deviceId, seq: row.seq, problem: 'gap', expectedSeq });
        else if (row.prevHash !== (prev?.hash ?? GENESIS_HASH)) issues.push({ deviceId: row.deviceId, seq: row.seq, problem: 'broken-link' });
        last.set(row.deviceId, row);
      }
    },
    result: () => ({ rows, devices: last.size, issues: [...issues] }),
  };
}
