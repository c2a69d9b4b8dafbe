import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { appendBatch } from '@/utils/db/append-actions';
import { AppDB, stripIndexFields } from '@/utils/db/app-db';
import { verifyChain } from '@/utils/log/hash-chain';
import { clipDraft, clipToSchema, makeDraft, pageSnapshotSchema, type Agent } from '@/utils/model';

const agent: Agent = { name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' };
let db: AppDB;
afterEach(async () => {
  db?.close();
  await db?.delete();
});

const longName = '买'.repeat(101);

describe('one invalid draft never blocks the log', () => {
  it('stores the valid drafts of a batch and sets the invalid one aside, logged once however often it is resent', async () => {
    db = new AppDB(`q-${crypto.randomUUID()}`);
    const bad = { ...makeDraft('panel.toggled', { collapsed: true }), buyer: { displayName: longName } };
    const good = [makeDraft('panel.toggled', { collapsed: false }), makeDraft('panel.toggled', { collapsed: true })];
    const acked = await appendBatch(db, [good[0], bad, good[1]], agent, 'https://mms.pinduoduo.com/chat-merchant/');
    expect(acked.sort()).toEqual([good[0]!.id, bad.id, good[1]!.id].sort());
    for (let retry = 0; retry < 5; retry++) await appendBatch(db, [bad], agent);

    const rows = (await db.actions.orderBy('[deviceId+seq]').toArray()).map(stripIndexFields);
    expect(rows.map((r) => r.kind)).toEqual(['panel.toggled', 'panel.toggled', 'log.quarantined']);
    expect(rows[2]!.payload).toMatchObject({ draftId: bad.id, kind: 'panel.toggled', error: expect.stringContaining('buyer.displayName') });
    expect(verifyChain(rows)).toEqual([]);
    const held = await db.quarantine.toArray();
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ id: bad.id, from: 'https://mms.pinduoduo.com/chat-merchant/' });
    expect(JSON.parse(held[0]!.raw).buyer.displayName).toBe(longName);
  });

  it('sets aside what is not a draft at all, under a digest of it', async () => {
    db = new AppDB(`q-${crypto.randomUUID()}`);
    const acked = await appendBatch(db, [null, 42, { kind: 'no.such.kind' }, makeDraft('panel.toggled', { collapsed: true })], agent);
    expect(acked).toHaveLength(4);
    expect((await db.quarantine.toArray()).map((r) => r.id.startsWith('sha256:'))).toEqual([true, true, true]);
  });
});

describe('page text longer than the schema allows is clipped and flagged where it is read', () => {
  it('clips a draft’s buyer name, order number and payload text and names each', () => {
    const draft = { ...makeDraft('customer.noted', { note: 'x'.repeat(600) }), buyer: { id: '9'.repeat(70), displayName: longName }, orderNo: '1'.repeat(45) };
    const clipped = clipDraft(draft)!;
    expect(clipped.buyer?.displayName).toHaveLength(100);
    expect(clipped.buyer?.id).toHaveLength(64);
    expect(clipped.orderNo).toHaveLength(40);
    expect((clipped.payload as { note: string }).note).toHaveLength(500);
    expect(clipped.clipped?.sort()).toEqual(['buyer.displayName', 'buyer.id', 'orderNo', 'payload.note']);
    expect(clipDraft(makeDraft('panel.toggled', { collapsed: true }))?.clipped).toBeUndefined();
  });

  it('does not mend what is wrong in another way', () => {
    expect(clipDraft({ ...makeDraft('panel.toggled', { collapsed: true }), at: -1 })).toBeUndefined();
    expect(clipToSchema({ site: 'x', pageKind: 'nope' }, pageSnapshotSchema)).toBeUndefined();
  });

  it('clips a snapshot’s message ids, texts and order fields without touching what fits', () => {
    const snapshot = {
      site: 'pinduoduo',
      pageKind: 'chat',
      adapterId: 'pinduoduo.chat',
      buyer: { id: 'u'.repeat(65), displayName: longName },
      orders: [{ orderNo: '261120-538127364510922', status: '状'.repeat(50) }],
      messages: [{ id: 'm'.repeat(81), direction: 'buyer', text: 'ok' }],
      capabilities: { reply: true, remark: false },
    };
    const result = clipToSchema(snapshot, pageSnapshotSchema)!;
    expect(result.clipped.sort()).toEqual(['buyer.displayName', 'buyer.id', 'messages.0.id', 'orders.0.status']);
    expect(result.value.orders[0]!.orderNo).toBe('261120-538127364510922');
    expect(result.value.messages[0]!.text).toBe('ok');
  });
});
