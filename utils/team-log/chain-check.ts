import { GENESIS_HASH, hashAction, type ChainIssue } from '../log/hash-chain';
import type { Action } from '../model';

/**
 * The hash-chain check fed in chain order (device, then sequence) a chunk at a time: the same findings as
 * `verifyChain` on the whole log, holding only each device's last row. For the team log read from the server.
 */
export function createChainCheck() {
  const issues: ChainIssue[] = [];
  const last = new Map<string, Action>();
  const devices = new Set<string>();
  let rows = 0;
  return {
    add(chunk: readonly Action[]): void {
      for (const row of chunk) {
        rows++;
        devices.add(row.deviceId);
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
    result: () => ({ rows, devices: devices.size, issues: [...issues] }),
  };
}
