import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppDB } from '@/utils/db/app-db';
import { knownDevices } from '@/utils/db/checkpoints';
import { importChunks, interruptedImports } from '@/utils/db/import-chunks';
import { importIntoMerged } from '@/utils/db/merged-log';
import { reportVerified } from '@/utils/export/import-verdict';
import { mergeRows } from '@/utils/export/merge';
import { generateDeviceKey, keyFingerprint } from '@/utils/log/signing';
import type { Action } from '@/utils/model';
import { chainRows } from './chain-rows';
import { rehash, signHeadWith, type DeviceKey } from './signed-rows';

/** The three ways the probe of issue 27 found an import reported as better than it was. */
const DEVICE = 'device-probe-0001';
let keyA: DeviceKey;
let keyB: DeviceKey;
let db: AppDB;
beforeAll(async () => {
  keyA = await generateDeviceKey();
  keyB = await generateDeviceKey();
});
afterEach(async () => {
  db?.close();
  await db?.delete();
});
const freshDb = () => (db = new AppDB(`verdicts-${crypto.randomUUID()}`));
const forge = (rows: readonly Action[], from: number) => rehash(rows.map((r) => (r.seq >= from ? { ...r, payload: { length: 5000 + r.seq, findings: 0, ruleIds: [], via: 'enter' } } : r)));

describe('rows past the last signed checkpoint', () => {
  it('are an unsigned tail, not verified, when an old checkpoint is replayed over forged rows appended after it', async () => {
    freshDb();
    const honest = chainRows(DEVICE, 12);
    await importIntoMerged(db, 'honest.ndjson', honest, [await signHeadWith(keyA, honest[11]!)]);
    // The same 12 rows, 9 invented rows chained after them, and the old checkpoint at row 11.
    const longer = chainRows(DEVICE, 21);
    const forged = forge(longer, 12);
    expect(forged.slice(0, 12)).toEqual(honest);
    const report = await importIntoMerged(db, 'longer.ndjson', forged, [await signHeadWith(keyA, honest[11]!)]);
    expect(report.issues).toEqual([]);
    expect(report.verdicts).toEqual([expect.objectContaining({ deviceId: DEVICE, status: 'signed', signedSeq: 11, unsignedTail: 9 })]);
    expect(reportVerified(report)).toBe(false);
  });

  it('count from the checkpoint the file brings when the store knew nothing of the device', async () => {
    freshDb();
    const honest = chainRows(DEVICE, 12);
    const oldCheckpoint = await signHeadWith(keyA, honest[5]!);
    const report = await importIntoMerged(db, 'replayed.ndjson', forge(honest, 6), [oldCheckpoint]);
    expect(report.verdicts[0]).toMatchObject({ status: 'signed', signedSeq: 5, unsignedTail: 6 });
    expect(reportVerified(report)).toBe(false);
    // A file whose checkpoint covers its last row is verified.
    freshDb();
    const whole = await importIntoMerged(db, 'whole.ndjson', honest, [await signHeadWith(keyA, honest[11]!)]);
    expect(whole.verdicts[0]).toMatchObject({ status: 'signed', signedSeq: 11, unsignedTail: 0 });
    expect(reportVerified(whole)).toBe(true);
  });
});

describe('a second key for one device', () => {
  it('is a warning naming both keys for a device seen for the first time, and neither key is registered', async () => {
    freshDb();
    const rows = chainRows(DEVICE, 12);
    const report = await importIntoMerged(db, 'two-keys.ndjson', rows, [await signHeadWith(keyA, rows[5]!), await signHeadWith(keyB, rows[11]!)]);
    expect(report.verdicts[0]).toMatchObject({ status: 'key-conflict', fingerprints: [keyFingerprint(keyA.publicKey), keyFingerprint(keyB.publicKey)] });
    expect(reportVerified(report)).toBe(false);
    expect((await knownDevices(db)).has(DEVICE)).toBe(false);
  });

  it('is a warning naming both when a registered device brings a checkpoint of another key beside its own', async () => {
    freshDb();
    const rows = chainRows(DEVICE, 16);
    await importIntoMerged(db, 'first.ndjson', rows.slice(0, 12), [await signHeadWith(keyA, rows[11]!)]);
    const report = await importIntoMerged(db, 'second.ndjson', rows, [await signHeadWith(keyA, rows[11]!), await signHeadWith(keyB, rows[15]!)]);
    expect(report.verdicts[0]).toMatchObject({ status: 'key-conflict', fingerprints: [keyFingerprint(keyA.publicKey), keyFingerprint(keyB.publicKey)] });
    expect((await knownDevices(db)).get(DEVICE)?.witness?.seq).toBe(11);
  });

  it('names the registered key beside the one that signed, when only another key signed', async () => {
    freshDb();
    const rows = chainRows(DEVICE, 16);
    await importIntoMerged(db, 'first.ndjson', rows.slice(0, 12), [await signHeadWith(keyA, rows[11]!)]);
    const report = await importIntoMerged(db, 'second.ndjson', rows, [await signHeadWith(keyB, rows[15]!)]);
    expect(report.verdicts[0]).toMatchObject({ status: 'key-unknown', fingerprint: keyFingerprint(keyB.publicKey), registeredFingerprint: keyFingerprint(keyA.publicKey) });
  });
});

describe('a row whose content differs under the same device, sequence and hash', () => {
  it('is a conflict, never a duplicate (a tampered copy of an imported file, hash fields kept)', async () => {
    freshDb();
    const honest = chainRows(DEVICE, 12);
    const checkpoint = await signHeadWith(keyA, honest[11]!);
    await importIntoMerged(db, 'honest.ndjson', honest, [checkpoint]);
    const tampered = honest.map((r) => ({ ...r, agent: { ...r.agent!, name: '李四' } }));
    const report = await importIntoMerged(db, 'tampered.ndjson', tampered, [checkpoint]);
    expect(report.duplicates).toBe(0);
    expect(report.conflicts).toHaveLength(12);
    expect(report.conflicts.every((c) => c.reason === 'different-content')).toBe(true);
    expect(reportVerified(report)).toBe(false);
    // The rows held are still the honest ones.
    expect((await db.actions.orderBy('[deviceId+seq]').toArray()).map((r) => r.agent?.name)).toEqual(honest.map(() => '王小明'));
    // The honest file again is 12 duplicates and verified.
    const again = await importIntoMerged(db, 'honest-again.ndjson', honest, [checkpoint]);
    expect(again).toMatchObject({ duplicates: 12, conflicts: [] });
    expect(reportVerified(again)).toBe(true);
  });

  it('is a conflict in the pure merge too', () => {
    const rows = chainRows(DEVICE, 3);
    const plan = mergeRows(
      rows,
      rows.map((r, i) => (i === 1 ? { ...r, at: r.at + 1 } : r)),
    );
    expect(plan).toMatchObject({ duplicates: 2, conflicts: [{ deviceId: DEVICE, seq: 1, reason: 'different-content' }] });
  });
});

describe('an import cut short while storing', () => {
  it('is listed as unfinished until the same file is imported whole', async () => {
    freshDb();
    const rows = chainRows(DEVICE, 30);
    let reads = 0;
    // The second read (the merge) stops after its first chunk, as a closed page or a killed worker would.
    const read = () => {
      const pass = ++reads;
      return (async function* () {
        for (let i = 0; i < rows.length; i += 10) {
          if (pass === 2 && i > 0) throw new Error('worker gone');
          yield { rows: rows.slice(i, i + 10), checkpoints: [] };
        }
      })();
    };
    await expect(importChunks(db, 'big.ndjson', read)).rejects.toThrow('worker gone');
    expect(await db.actions.count()).toBe(10);
    expect(await interruptedImports(db)).toEqual([{ fileName: 'big.ndjson', at: expect.any(Number), rows: 30 }]);
    const whole = await importIntoMerged(db, 'big.ndjson', rows);
    expect(whole).toMatchObject({ added: 20, duplicates: 10, issues: [] });
    expect(await interruptedImports(db)).toEqual([]);
  });
});
