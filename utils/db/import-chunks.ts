import Dexie from 'dexie';
import { checkSignatures, judgeDevices, vouchedSeq, type DeviceVerdict, type KnownDevice } from '../export/device-verdicts';
import type { ImportReport } from '../export/import-verdict';
import { sameRow, type MergeConflict } from '../export/merge';
import { createChainCheck } from '../log/hash-chain';
import type { Action, Checkpoint } from '../model';
import { AppDB, stripIndexFields, withIndexFields } from './app-db';
import { knownDevices, rememberDevices } from './checkpoints';

/** An import's rows read again from the start on each call, a chunk at a time (a file streamed, or rows in memory). */
export type ImportRead = () => AsyncIterable<{ rows: readonly Action[]; checkpoints: readonly Checkpoint[]; bytesRead?: number }>;

export interface ImportProgress {
  phase: 'reading' | 'merging' | 'replacing' | 'verifying';
  rows: number;
  bytesRead?: number;
}

const REPORTED = 500;
const VERIFY_PAGE = 5000;
const keyOf = (deviceId: string, seq: number) => `${deviceId}\u0000${seq}`;

/**
 * Imports an export chunk by chunk in little memory, whatever its size:
 * 1. reads it whole once (the reader rejects a bad file here, before anything is stored) for its devices and checkpoints;
 * 2. reads it again and merges each chunk in its own transaction: a row held exactly as it comes is a duplicate, a row
 *    differing in anything under the same (device, seq) is a conflict, the held one kept;
 * 3. judges each device (key, signature, head) and registers new keys and heads;
 * 4. where a copy held earlier was never vouched for and this file's signed head covers the row, the signed copy replaces it;
 * 5. checks each device's whole chain from the store, in pages, and counts the rows past the last signed head.
 */
export async function importChunks(db: AppDB, fileName: string, read: ImportRead, onProgress: (p: ImportProgress) => void = () => undefined): Promise<ImportReport> {
  const devices = new Set<string>();
  const checkpoints: Checkpoint[] = [];
  let rows = 0;
  for await (const chunk of read()) {
    for (const row of chunk.rows) devices.add(row.deviceId);
    checkpoints.push(...chunk.checkpoints);
    rows += chunk.rows.length;
    onProgress({ phase: 'reading', rows, bytesRead: chunk.bytesRead });
  }
  // WebCrypto is awaited outside every transaction: an await on anything but the database would end one early.
  const signatureOk = await checkSignatures(checkpoints);
  const known = await knownDevices(db);

  // Marked while rows go in: an import cut short (the page closed, the worker killed) is reported, not silent.
  const started = Date.now();
  await db.meta.put({ key: runningKey(started, fileName), value: { fileName, at: started, rows } satisfies InterruptedImport });
  const merge = createChunkMerge(new Set(checkpoints.map((c) => keyOf(c.checkpoint.deviceId, c.checkpoint.seq))));
  let merged = 0;
  for await (const chunk of read()) {
    await db.transaction('rw', db.actions, () => merge.add(db, chunk.rows));
    merged += chunk.rows.length;
    onProgress({ phase: 'merging', rows: merged, bytesRead: chunk.bytesRead });
  }

  const heldHash = new Map<string, string | undefined>();
  for (const c of checkpoints) {
    const key = keyOf(c.checkpoint.deviceId, c.checkpoint.seq);
    if (!merge.fileHashAt.has(key) && !heldHash.has(key)) heldHash.set(key, (await db.actions.where('[deviceId+seq]').equals([c.checkpoint.deviceId, c.checkpoint.seq]).first())?.hash);
  }
  const deviceList = [...devices];
  const { verdicts, updates } = judgeDevices(
    deviceList,
    checkpoints,
    signatureOk,
    { hashAt: (d, seq) => merge.fileHashAt.get(keyOf(d, seq)) ?? heldHash.get(keyOf(d, seq)), firstConflictSeq: merge.firstConflictSeq },
    known,
    Date.now(),
  );
  await db.transaction('rw', db.meta, () => rememberDevices(db, known, updates, checkpoints));

  const replaced = await preferSigned(db, read, verdicts, known, merge.conflictSeqs, onProgress);

  const check = createChainCheck();
  let verified = 0;
  for (const deviceId of deviceList) {
    for (let from = 0; ;) {
      const page = await db.actions.where('[deviceId+seq]').between([deviceId, from], [deviceId, Dexie.maxKey]).limit(VERIFY_PAGE).toArray();
      if (page.length === 0) break;
      check.add(page.map(stripIndexFields));
      verified += page.length;
      onProgress({ phase: 'verifying', rows: verified });
      from = page.at(-1)!.seq + 1;
    }
  }
  for (const v of verdicts) {
    if (v.status !== 'signed') continue;
    v.unsignedTail = await db.actions
      .where('[deviceId+seq]')
      .between([v.deviceId, vouchedSeq(v, known.get(v.deviceId)) + 1], [v.deviceId, Dexie.maxKey])
      .count();
  }

  const conflicts: MergeConflict[] = [];
  for (const [deviceId, seqs] of merge.conflictSeqs) {
    for (const seq of seqs) if (conflicts.length < REPORTED && !replaced.has(keyOf(deviceId, seq))) conflicts.push({ deviceId, seq, reason: 'different-content' });
  }
  conflicts.push(...merge.reused.slice(0, REPORTED - conflicts.length));
  for (const key of replaced) {
    if (conflicts.length >= REPORTED) break;
    const [deviceId, seq] = key.split('\u0000');
    conflicts.push({ deviceId: deviceId!, seq: Number(seq), reason: 'replaced' });
  }
  const { issues } = check.result();
  const report: ImportReport = {
    fileName,
    at: Date.now(),
    rows,
    added: merge.added,
    duplicates: merge.duplicates,
    devices: deviceList,
    conflicts,
    conflictCount: merge.conflictCount + merge.reusedCount,
    issues: issues.slice(0, REPORTED),
    issueCount: issues.length,
    verdicts,
  };
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: `import:${report.at}:${fileName}`, value: report });
    // This file whole clears every unfinished run of it (what an earlier run stored is now merged and verified).
    const unfinished = await db.meta.where('key').startsWith(RUNNING).toArray();
    await db.meta.bulkDelete(unfinished.filter((m) => (m.value as InterruptedImport).fileName === fileName).map((m) => m.key));
  });
  return report;
}

/** An import that began storing rows and did not finish: what it may have stored is neither reported nor verified. */
export interface InterruptedImport {
  fileName: string;
  at: number;
  rows: number;
}

const RUNNING = 'import-running:';
const runningKey = (at: number, fileName: string) => `${RUNNING}${at}:${fileName}`;

export async function interruptedImports(db: AppDB): Promise<InterruptedImport[]> {
  const rows = await db.meta.where('key').startsWith(RUNNING).toArray();
  return rows.map((r) => r.value as InterruptedImport).sort((a, b) => b.at - a.at);
}

/** The merge's state across chunks: counts, the conflicts as sequence numbers per device, the file's hashes at checkpoints. */
function createChunkMerge(checkpointKeys: ReadonlySet<string>) {
  const state = {
    added: 0,
    duplicates: 0,
    conflictCount: 0,
    reusedCount: 0,
    conflictSeqs: new Map<string, number[]>(),
    firstConflictSeq: new Map<string, number>(),
    reused: [] as MergeConflict[],
    fileHashAt: new Map<string, string>(),
    async add(db: AppDB, rows: readonly Action[]): Promise<void> {
      const held = await heldFor(db, rows);
      const fresh: Action[] = [];
      for (const row of rows) {
        const key = keyOf(row.deviceId, row.seq);
        if (checkpointKeys.has(key) && !state.fileHashAt.has(key)) state.fileHashAt.set(key, row.hash);
        const known = held.get(key);
        if (!known) {
          held.set(key, row);
          fresh.push(row);
        } else if (sameRow(known, row)) state.duplicates++;
        else {
          state.conflictCount++;
          const list = state.conflictSeqs.get(row.deviceId) ?? [];
          list.push(row.seq);
          state.conflictSeqs.set(row.deviceId, list);
          noteConflict(row);
        }
      }
      // A row id already held under another device (the id is the store's key): reported, never stored over.
      for (const row of await addEach(db, fresh)) {
        state.reusedCount++;
        if (state.reused.length < REPORTED) state.reused.push({ deviceId: row.deviceId, seq: row.seq, reason: 'id-reused' });
        noteConflict(row);
      }
      state.added += fresh.length;
    },
  };
  const noteConflict = (row: Action) => state.firstConflictSeq.set(row.deviceId, Math.min(row.seq, state.firstConflictSeq.get(row.deviceId) ?? Infinity));
  return state;
}

/** The rows the store holds at the chunk's (device, seq) keys: one range read per device, or the keys one by one when they are sparse. */
async function heldFor(db: AppDB, rows: readonly Action[]): Promise<Map<string, Action>> {
  const seqs = new Map<string, number[]>();
  for (const row of rows) {
    const list = seqs.get(row.deviceId) ?? [];
    list.push(row.seq);
    seqs.set(row.deviceId, list);
  }
  const held = new Map<string, Action>();
  for (const [deviceId, list] of seqs) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const seq of list) {
      if (seq < lo) lo = seq;
      if (seq > hi) hi = seq;
    }
    const found =
      hi - lo <= 4 * list.length + 64
        ? await db.actions.where('[deviceId+seq]').between([deviceId, lo], [deviceId, hi], true, true).toArray()
        : await db.actions
            .where('[deviceId+seq]')
            .anyOf(list.map((seq) => [deviceId, seq]))
            .toArray();
    for (const row of found) held.set(keyOf(row.deviceId, row.seq), stripIndexFields(row));
  }
  return held;
}

/** Adds the rows; returns those refused because their id is taken (the rest are stored, in the same transaction). */
async function addEach(db: AppDB, rows: Action[]): Promise<Action[]> {
  if (rows.length === 0) return [];
  try {
    await db.actions.bulkAdd(rows.map(withIndexFields));
    return [];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const refused: Action[] = [];
    for (const [pos, failure] of Object.entries(error.failuresByPos)) {
      if ((failure as Error).name !== 'ConstraintError') throw failure;
      refused.push(rows[Number(pos)]!);
    }
    const gone = new Set(refused);
    rows.splice(0, rows.length, ...rows.filter((r) => !gone.has(r)));
    return refused;
  }
}

/**
 * Where a copy held earlier was never vouched for by a signature and this file's signed head covers the row, the signed
 * copy wins: the first import no longer wins a conflict just by being first. Reads the file again only when there is one.
 */
async function preferSigned(
  db: AppDB,
  read: ImportRead,
  verdicts: readonly DeviceVerdict[],
  known: ReadonlyMap<string, KnownDevice>,
  conflictSeqs: ReadonlyMap<string, number[]>,
  onProgress: (p: ImportProgress) => void,
): Promise<Set<string>> {
  const wanted = new Set<string>();
  for (const v of verdicts) {
    if (v.status !== 'signed' || v.rewritesHistory) continue;
    const vouchedBefore = known.get(v.deviceId)?.witness?.seq ?? -1;
    for (const seq of conflictSeqs.get(v.deviceId) ?? []) if (seq > vouchedBefore && seq <= v.signedSeq!) wanted.add(keyOf(v.deviceId, seq));
  }
  const replaced = new Set<string>();
  if (wanted.size === 0) return replaced;
  const seen = new Set<string>();
  let rows = 0;
  for await (const chunk of read()) {
    const signed = chunk.rows.filter((r) => {
      const key = keyOf(r.deviceId, r.seq);
      if (!wanted.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    rows += chunk.rows.length;
    onProgress({ phase: 'replacing', rows, bytesRead: chunk.bytesRead });
    if (signed.length === 0) continue;
    await db.transaction('rw', db.actions, async () => {
      for (const row of signed) {
        const held = await db.actions.where('[deviceId+seq]').equals([row.deviceId, row.seq]).first();
        if (!held || (held.id !== row.id && (await db.actions.get(row.id)))) continue;
        await db.actions.delete(held.id);
        await db.actions.add(withIndexFields(row));
        replaced.add(keyOf(row.deviceId, row.seq));
      }
    });
  }
  return replaced;
}
