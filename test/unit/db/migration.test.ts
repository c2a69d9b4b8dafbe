import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB, stripIndexFields } from '@/utils/db/app-db';
import { actionsForBuyer } from '@/utils/db/queries';
import { SCHEMA_V1 } from '@/utils/db/schema';
import { GENESIS_HASH, hashAction, verifyChain } from '@/utils/log/hash-chain';
import type { Action } from '@/utils/model';

/** Rows as a v1 database held them: no derived index fields. */
function v1Rows(): Action[] {
  const rows: Action[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 0; seq < 50; seq++) {
    const unhashed: Omit<Action, 'hash'> = {
      id: crypto.randomUUID(),
      deviceId: 'device-v1-0001',
      seq,
      at: 1_763_000_000_000 + seq * 1000,
      kind: 'panel.opened',
      payload: { pageKind: 'chat', adapterId: 'pinduoduo.chat' },
      agent: { name: '李', staffId: seq % 2 ? '1024' : '2048', role: 'agent', shop: '鲜果小铺' },
      site: 'pinduoduo',
      buyer: { site: 'pinduoduo', shop: '鲜果小铺', buyerId: String(1000 + (seq % 5)), nick: 'x***' },
      prevHash,
    };
    const row = { ...unhashed, hash: hashAction(unhashed) };
    rows.push(row);
    prevHash = row.hash;
  }
  return rows;
}

describe('database upgrade v1 → v3', () => {
  it('keeps every row unchanged and indexes it by buyer, nickname and agent', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    const rows = v1Rows();
    await old.table('actions').bulkAdd(rows);
    await old.table('meta').put({ key: 'deviceId', value: 'device-v1-0001' });
    old.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(5); // v5 added the learned-phrasings table
    const after = await db.actions.orderBy('[deviceId+seq]').toArray();
    expect(after.map(stripIndexFields)).toEqual(rows);
    expect(verifyChain(after.map(stripIndexFields))).toEqual([]);
    expect(await db.meta.get('deviceId')).toEqual({ key: 'deviceId', value: 'device-v1-0001' });
    expect(await actionsForBuyer(db, 'pinduoduo|鲜果小铺|id:1003', 100)).toHaveLength(10);
    expect(await db.actions.where('[agentStaffId+at]').between(['1024', Dexie.minKey], ['1024', Dexie.maxKey]).count()).toBe(25);
    expect(await db.actions.where('[buyerNickKey+at]').between(['pinduoduo|鲜果小铺|nick:x***', Dexie.minKey], ['pinduoduo|鲜果小铺|nick:x***', Dexie.maxKey]).count()).toBe(50);
    db.close();
    await db.delete();
  });
});
