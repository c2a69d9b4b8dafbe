import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, withIndexFields } from '@/utils/db/app-db';
import { loggedStaffIds, matchingIds, rowsByIds } from '@/utils/db/log-query';
import { importIntoMerged, importReports } from '@/utils/db/merged-log';
import type { Action } from '@/utils/model';
import { chainRows } from '../export/chain-rows';

let db: AppDB;
afterEach(async () => {
  db.close();
  await db.delete();
});

async function seeded(): Promise<Action[]> {
  db = new AppDB(`q-${crypto.randomUUID()}`);
  const rows = [
    ...chainRows('device-aaaa', 5),
    ...chainRows('device-bbbbbb', 3).map((r) => ({ ...r, agent: { ...r.agent!, staffId: '2048' }, kind: 'remark.saved' as const, orderNo: '261120-1', payload: { orderNo: '261120-1', valid: true, linesAdded: 1, via: 'button' } })),
  ];
  await db.actions.bulkAdd(rows.map(withIndexFields));
  return rows;
}

describe('log queries', () => {
  it('list every row newest first, and narrow by agent, kind, order, buyer and text', async () => {
    const rows = await seeded();
    const all = await matchingIds(db, {});
    expect(all).toHaveLength(8);
    const times = (await rowsByIds(db, all)).map((r) => r.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await matchingIds(db, { staffId: '2048' })).toHaveLength(3);
    expect(await matchingIds(db, { kinds: ['message.sent'] })).toHaveLength(5);
    expect(await matchingIds(db, { orderNo: '261120-1' })).toHaveLength(3);
    expect(await matchingIds(db, { buyer: '小鹿' })).toHaveLength(8);
    expect(await matchingIds(db, { text: 'button' })).toHaveLength(3);
    const middle = rows[2]!.at;
    expect(await matchingIds(db, { from: middle, to: middle + 1, staffId: '1024' })).toEqual([rows[2]!.id]);
    expect(await loggedStaffIds(db)).toEqual(['1024', '2048']);
  });
});

describe('merged log import', () => {
  it('adds new rows, skips duplicates, and keeps a report of chain problems', async () => {
    db = new AppDB(`m-${crypto.randomUUID()}`);
    const rows = chainRows('device-aaaa', 6);
    const first = await importIntoMerged(db, 'a.ndjson', rows.slice(0, 3));
    expect(first).toMatchObject({ rows: 3, added: 3, duplicates: 0, issues: [] });
    const second = await importIntoMerged(db, 'b.ndjson', rows.filter((r) => r.seq !== 4));
    expect(second).toMatchObject({ added: 2, duplicates: 3, issues: [{ deviceId: 'device-aaaa', seq: 5, problem: 'gap', expectedSeq: 4 }] });
    expect(await db.actions.count()).toBe(5);
    expect((await importReports(db)).map((r) => r.fileName).sort()).toEqual(['a.ndjson', 'b.ndjson']);
  });
});
