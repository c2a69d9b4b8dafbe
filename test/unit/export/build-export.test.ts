import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, withIndexFields } from '@/utils/db/app-db';
import { matchingIds } from '@/utils/db/log-query';
import { parseNdjsonExport } from '@/utils/export/ndjson';
import { buildExport } from '@/utils/log-view/build-export';
import { chainRows } from './chain-rows';

let db: AppDB;
afterEach(async () => {
  db.close();
  await db.delete();
});

async function seeded(count: number) {
  db = new AppDB(`x-${crypto.randomUUID()}`);
  const rows = chainRows('device-aaaa', count);
  await db.actions.bulkAdd(rows.map(withIndexFields));
  return { rows, ids: await matchingIds(db, {}) };
}

describe('buildExport', () => {
  it('writes every matching row in chunks, reporting progress, in each format', async () => {
    const { rows, ids } = await seeded(4500);
    const progress: number[] = [];
    const csv = await buildExport(db, ids, 'csv', {}, (done) => progress.push(done));
    expect(progress).toEqual([2000, 4000, 4500]);
    expect([...new Uint8Array(await csv!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, as bytes
    const lines = (await csv!.text()).trim().split('\r\n');
    expect(lines).toHaveLength(4501);

    const ndjson = await buildExport(db, ids, 'ndjson', { mask: true }, () => {});
    const parsed = parseNdjsonExport(await ndjson!.text());
    expect(parsed.ok && parsed.rows.length).toBe(4500);
    expect(parsed.ok && parsed.rows.find((r) => r.seq === 7)).toEqual(rows[7]);

    const xlsx = await buildExport(db, ids.slice(0, 10), 'xlsx', {}, () => {});
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx!.arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(11);
  }, 30_000); // 5,000 rows in three formats: seconds on a 2-core machine under load, well over vitest's default 5 s

  it('stops and returns nothing when cancelled', async () => {
    const { ids } = await seeded(5000);
    const abort = new AbortController();
    const result = await buildExport(db, ids, 'csv', {}, (done) => done >= 2000 && abort.abort(), abort.signal);
    expect(result).toBeNull();
  });
});
