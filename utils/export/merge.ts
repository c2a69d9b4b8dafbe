import { canonicalJson } from '../log/canonical-json';
import { verifyChain, type ChainIssue } from '../log/hash-chain';
import type { Action } from '../model';

export interface MergeConflict {
  deviceId: string;
  seq: number;
  /** Another row already holds this (device, seq), or this row's id is already used by another row. */
  reason?: 'different-content' | 'id-reused' | 'replaced';
}

export interface MergePlan {
  /** Rows not held yet, to be stored. */
  added: Action[];
  /** Rows already held exactly as they come (the same export imported twice, or overlapping exports). */
  duplicates: number;
  /** Two different rows claiming the same device and sequence number: the one held first is kept. */
  conflicts: MergeConflict[];
  /** Hash-chain problems of every device touched, over everything held for it after the merge. */
  issues: ChainIssue[];
}

/**
 * A duplicate is the same row in every field. The hash field alone proves nothing: a copy whose text was changed and
 * whose hash was kept has the same (device, seq, hash) and is a conflict.
 */
export const sameRow = (a: Action, b: Action) => a.hash === b.hash && canonicalJson(a) === canonicalJson(b);

/**
 * Merges imported rows into the rows already held for the same devices: dedupe by (device, seq), then verify each
 * device's chain as a whole, so two partial exports of one device verify together.
 */
export function mergeRows(existing: readonly Action[], incoming: readonly Action[]): MergePlan {
  const held = new Map<string, Action>();
  for (const row of existing) held.set(`${row.deviceId}\u0000${row.seq}`, row);
  const ids = new Map<string, string>([...held].map(([key, row]) => [row.id, key]));
  const added: Action[] = [];
  const conflicts: MergeConflict[] = [];
  let duplicates = 0;
  for (const row of incoming) {
    const key = `${row.deviceId}\u0000${row.seq}`;
    const known = held.get(key);
    if (known) {
      if (sameRow(known, row)) duplicates++;
      else conflicts.push({ deviceId: row.deviceId, seq: row.seq, reason: 'different-content' });
      continue;
    }
    const idOwner = ids.get(row.id);
    if (idOwner !== undefined && idOwner !== key) {
      conflicts.push({ deviceId: row.deviceId, seq: row.seq, reason: 'id-reused' });
      continue;
    }
    held.set(key, row);
    ids.set(row.id, key);
    added.push(row);
  }
  return { added, duplicates, conflicts, issues: verifyChain([...held.values()]) };
}
