import type { ChainIssue } from '../log/hash-chain';
import type { DeviceVerdict } from './device-verdicts';
import type { MergeConflict } from './merge';

/** What the lead sees of one imported file (stored with the import history). */
export interface ImportReport {
  fileName: string;
  at: number;
  rows: number;
  added: number;
  duplicates: number;
  devices: string[];
  /** The first 500 conflicts; `conflictCount` is all of them. */
  conflicts: MergeConflict[];
  conflictCount?: number;
  /** Hash-chain problems of every device touched, over everything held for it after the import: the first 500, `issueCount` all. */
  issues: ChainIssue[];
  issueCount?: number;
  /** Per device: signed by the registered key (with any unsigned tail), unsigned, invalid, unknown key, two keys, head not matching; history rewritten. */
  verdicts: DeviceVerdict[];
}

/** A device fully vouched for: signed by its one registered key up to its last row, agreeing with the history held. */
export const deviceVerified = (v: DeviceVerdict) => v.status === 'signed' && !v.rewritesHistory && !v.unsignedTail;

export const conflictTotal = (r: ImportReport) => r.conflictCount ?? r.conflicts.length;
export const issueTotal = (r: ImportReport) => r.issueCount ?? r.issues.length;

/** Green only when nothing is in doubt: every chain intact, no conflict, every device verified to its last row. */
export function reportVerified(report: ImportReport): boolean {
  return issueTotal(report) === 0 && conflictTotal(report) === 0 && (report.verdicts ?? []).every(deviceVerified);
}
