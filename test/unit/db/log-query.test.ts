import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, withIndexFields } from '@/utils/db/app-db';
import { customerActions } from '@/utils/db/customer-query';
import { loggedStaffIds, matchingIds, rowsByIds, streamMatchingIds } from '@/utils/db/log-query';
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
    ...chainRows('device-bbbbbb', 3).map((r) => ({
      ...r,
      agent: { ...r.agent!, staffId: '2048' },
      kind: 'remark.saved' as const,
      orderNo: '261120-1',
      payload: { orderNo: '261120-1', valid: true, linesAdded: 1, via: 'button' },
    })),
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

describe('streamed ids', () => {
  it('arrive newest first across time windows and end equal to matchingIds, for index-only and row filters', async () => {
    db = new AppDB(`s-${crypto.randomUUID()}`);
    const rows = chainRows('device-aaaa', 400).map((r, i) => ({ ...r, at: Date.UTC(2026, 9, 1) + i * 37 * 60_000, ...(i % 3 ? {} : { kind: 'lint.blocked' as const }) }));
    await db.actions.bulkAdd(rows.map(withIndexFields));
    for (const filter of [{}, { staffId: '1024' }, { from: rows[50]!.at, to: rows[300]!.at }, { kinds: ['lint.blocked' as const] }]) {
      const seen: { ids: string[]; complete: boolean }[] = [];
      await streamMatchingIds(db, filter, (ids, complete) => seen.push({ ids, complete }));
      const final = seen.at(-1)!;
      expect(final.complete).toBe(true);
      expect(final.ids).toEqual(await matchingIds(db, filter));
      for (const partial of seen) expect(final.ids.slice(0, partial.ids.length)).toEqual(partial.ids);
    }
    expect((await matchingIds(db, {}))[0]).toBe(rows.at(-1)!.id);
  });

  it('stops when aborted and reports an empty log as complete', async () => {
    db = new AppDB(`e-${crypto.randomUUID()}`);
    const calls: boolean[] = [];
    await streamMatchingIds(db, {}, (_ids, complete) => calls.push(complete));
    expect(calls).toEqual([true]);
    const abort = new AbortController();
    abort.abort();
    await streamMatchingIds(db, {}, () => calls.push(false), abort.signal);
    expect(calls).toEqual([true]);
  });
});

describe('merged log import', () => {
  it('adds new rows, skips duplicates, and keeps a report of chain problems', async () => {
    db = new AppDB(`m-${crypto.randomUUID()}`);
    const rows = chainRows('device-aaaa', 6);
    const first = await importIntoMerged(db, 'a.ndjson', rows.slice(0, 3));
    expect(first).toMatchObject({ rows: 3, added: 3, duplicates: 0, issues: [] });
    const second = await importIntoMerged(
      db,
      'b.ndjson',
      rows.filter((r) => r.seq !== 4),
    );
    expect(second).toMatchObject({ added: 2, duplicates: 3, issues: [{ deviceId: 'device-aaaa', seq: 5, problem: 'gap', expectedSeq: 4 }] });
    expect(await db.actions.count()).toBe(5);
    expect((await importReports(db)).map((r) => r.fileName).sort()).toEqual(['a.ndjson', 'b.ndjson']);
  });
});

describe('customer lookup', () => {
  it('merges a nickname-only record with the stable id seen with that nickname, and keeps other ids apart', async () => {
    db = new AppDB(`c-${crypto.randomUUID()}`);
    const shop = '鲜果小铺';
    const base = chainRows('device-aaaa', 5);
    const rows = [
      { ...base[0]!, buyer: { site: 'pinduoduo' as const, shop, buyerId: '58812345', nick: 't***8' } },
      { ...base[1]!, buyer: { site: 'pinduoduo' as const, shop, nick: 't***8' } },
      { ...base[2]!, buyer: { site: 'pinduoduo' as const, shop, buyerId: '99999999', nick: 't***8' } },
      { ...base[3]!, buyer: { site: 'pinduoduo' as const, shop, buyerId: '58812345', nick: '新昵称' } },
      { ...base[4]!, buyer: { site: 'douyin' as const, shop, nick: 't***8' } },
    ];
    await db.actions.bulkAdd(rows.map(withIndexFields));
    const seqs = async (buyer: Parameters<typeof customerActions>[1]) => (await customerActions(db, buyer)).map((r) => r.seq).sort();
    expect(await seqs({ site: 'pinduoduo', shop, buyerId: '58812345', nick: 't***8' })).toEqual([0, 1, 3]);
    expect(await seqs({ site: 'pinduoduo', shop, nick: 't***8' })).toEqual([0, 1, 2, 3]);
    expect(await seqs({ site: 'douyin', shop, nick: 't***8' })).toEqual([4]);
    expect(await seqs({ site: 'pinduoduo', shop, nick: 'nobody' })).toEqual([]);
  });
});
