import Dexie from 'dexie';
import type { ChainIssue } from '../log/hash-chain';
import type { Action, Checkpoint } from '../model';
import { checkSignatures, judgeDevices, type DeviceVerdict, type KnownDevice } from '../export/device-verdicts';
import { verifyChain } from '../log/hash-chain';
import { knownDevices, rememberDevices } from './checkpoints';
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
  /** Per device: signed by the registered key, unsigned, invalid, unknown key, head not matching; history rewritten. */
  verdicts: DeviceVerdict[];
}

/** Stores an import's new rows in one transaction and keeps its report (with every chain problem found). */
export async function importIntoMerged(db: AppDB, fileName: string, rows: readonly Action[], checkpoints: readonly Checkpoint[] = []): Promise<ImportReport> {
  // WebCrypto is awaited before the transaction: an await on anything but the database would end it early.
  const signatureOk = await checkSignatures(checkpoints);
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
    const known = await knownDevices(db);
    const held = [...existing, ...added];
    const { verdicts, updates } = judgeDevices(devices, held, rows, checkpoints, signatureOk, conflicts, known, Date.now());
    await rememberDevices(db, known, updates, checkpoints);
    // Where a copy held earlier was never vouched for by a signature and this file's signed head covers the row, the
    // signed copy wins: the first import no longer wins a conflict just by being first.
    const replaced = await preferSigned(db, verdicts, known, conflicts, existing, rows);
    const issues = replaced.length ? verifyChain((await devicesRows(db, devices)).map(stripIndexFields)) : plan.issues;
    const report: ImportReport = { fileName, at: Date.now(), rows: rows.length, added: added.length, duplicates: plan.duplicates, devices, conflicts: [...conflicts.filter((c) => !replaced.includes(c)), ...replaced.map((c) => ({ ...c, reason: 'replaced' as const }))].slice(0, 500), issues: issues.slice(0, 500), verdicts };
    await db.meta.put({ key: `import:${report.at}:${fileName}`, value: report });
    return report;
  });
}

async function devicesRows(db: AppDB, devices: readonly string[]) {
  const rows = [];
  for (const deviceId of devices) rows.push(...(await db.actions.where('[deviceId+seq]').between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey]).toArray()));
  return rows;
}

async function preferSigned(db: AppDB, verdicts: readonly DeviceVerdict[], known: ReadonlyMap<string, KnownDevice>, conflicts: readonly MergeConflict[], existing: readonly Action[], incoming: readonly Action[]): Promise<MergeConflict[]> {
  const replaced: MergeConflict[] = [];
  for (const conflict of conflicts) {
    if (conflict.reason !== 'different-content') continue;
    const verdict = verdicts.find((v) => v.deviceId === conflict.deviceId);
    const vouchedBefore = known.get(conflict.deviceId)?.witness?.seq ?? -1;
    if (verdict?.status !== 'signed' || verdict.rewritesHistory || conflict.seq > (verdict.signedSeq ?? -1) || conflict.seq <= vouchedBefore) continue;
    const heldRow = existing.find((r) => r.deviceId === conflict.deviceId && r.seq === conflict.seq);
    const signedRow = incoming.find((r) => r.deviceId === conflict.deviceId && r.seq === conflict.seq);
    if (!heldRow || !signedRow || (heldRow.id !== signedRow.id && (await db.actions.get(signedRow.id)))) continue;
    await db.actions.delete(heldRow.id);
    await db.actions.add(withIndexFields(signedRow));
    replaced.push(conflict);
  }
  return replaced;
}

export async function importReports(db: AppDB): Promise<ImportReport[]> {
  const rows = await db.meta.where('key').startsWith('import:').toArray();
  return rows.map((r) => r.value as ImportReport).sort((a, b) => b.at - a.at);
}
