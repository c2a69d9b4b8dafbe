import { verifyChain, type ChainIssue } from '../log/hash-chain';
import type { Action } from '../model';

export interface MergeConflict {
  deviceId: string;
  seq: number;
}

export interface MergePlan {
  /** Rows not held yet, to be stored. */
  added: Action[];
  /** Rows already held with the same hash (the same export imported twice, or overlapping exports). */
  duplicates: number;
  /** Two different rows claiming the same device and sequence number: the one held first is kept. */
  conflicts: MergeConflict[];
  /** Hash-chain problems of every device touched, over everything held for it after the merge. */
  issues: ChainIssue[];
}

/**
 * Merges imported rows into the rows already held for the same devices: dedupe by (device, seq), then verify each
 * device's chain as a whole, so two partial exports of one device verify together.
 */
export function mergeRows(existing: readonly Action[], incoming: readonly Action[]): MergePlan {
  const held = new Map<string, Action>();
  for (const row of existing) held.set(`${row.deviceId}\u0000${row.seq}`, row);
  const added: Action[] = [];
  const conflicts: MergeConflict[] = [];
  let duplicates = 0;
  for (const row of incoming) {
    const key = `${row.deviceId}\u0000${row.seq}`;
    const known = held.get(key);
    if (!known) {
      held.set(key, row);
      added.push(row);
    } else if (known.hash === row.hash) duplicates++;
    else conflicts.push({ deviceId: row.deviceId, seq: row.seq });
  }
  return { added, duplicates, conflicts, issues: verifyChain([...held.values()]) };
}
