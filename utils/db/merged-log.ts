import Dexie from 'dexie';
import type { ChainIssue } from '../log/hash-chain';
import type { Action } from '../model';
import { mergeRows, type MergeConflict } from '../export/merge';
import { AppDB, stripIndexFields, withIndexFields } from './app-db';

/** Agents' imported logs live in their own database, apart from the lead's own log. */
export const MERGED_DB_NAME = 'kefu-assist-merged';

export const openMergedDb = () => new AppDB(MERGED_DB_NAME);

export interface ImportReport {
  fileName: string;
  at: number;
  rows: number;
  added: number;
  duplicates: number;
  devices: string[];
  conflicts: MergeConflict[];
  issues: ChainIssue[];
}

/** Stores an import's new rows in one transaction and keeps its report (with every chain problem found). */
export async function importIntoMerged(db: AppDB, fileName: string, rows: readonly Action[]): Promise<ImportReport> {
  return db.transaction('rw', db.actions, db.meta, async () => {
    const devices = [...new Set(rows.map((r) => r.deviceId))];
    const existing: Action[] = [];
    for (const deviceId of devices) {
      const held = await db.actions.where('[deviceId+seq]').between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey]).toArray();
      existing.push(...held.map(stripIndexFields));
    }
    const plan = mergeRows(existing, rows);
    // A row id already held under another device (the id is the store's key): reported, never stored over.
    const taken = await db.actions.bulkGet(plan.added.map((r) => r.id));
    const reused = plan.added.filter((_, i) => taken[i]);
    const added = plan.added.filter((_, i) => !taken[i]);
    await db.actions.bulkAdd(added.map(withIndexFields));
    const conflicts = [...plan.conflicts, ...reused.map((r) => ({ deviceId: r.deviceId, seq: r.seq, reason: 'id-reused' as const }))];
    const report: ImportReport = { fileName, at: Date.now(), rows: rows.length, added: added.length, duplicates: plan.duplicates, devices, conflicts: conflicts.slice(0, 500), issues: plan.issues.slice(0, 500) };
    await db.meta.put({ key: `import:${report.at}:${fileName}`, value: report });
    return report;
  });
}

export async function importReports(db: AppDB): Promise<ImportReport[]> {
  const rows = await db.meta.where('key').startsWith('import:').toArray();
  return rows.map((r) => r.value as ImportReport).sort((a, b) => b.at - a.at);
}
