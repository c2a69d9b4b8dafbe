import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { appendActions } from '@/utils/db/append-actions';
import { AppDB, stripIndexFields } from '@/utils/db/app-db';
import { actionsForBuyer } from '@/utils/db/queries';
import { verifyChain } from '@/utils/log/hash-chain';
import { actionSchema, makeDraft, type Agent } from '@/utils/model';

const agent: Agent = { name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' };
let db: AppDB;

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('appendActions', () => {
  it('stamps device, sequence, agent and buyer, and chains hashes', async () => {
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const context = {
      site: 'pinduoduo' as const,
      buyer: { id: '58812345', idKind: 'uid' as const, displayName: 't***8' },
      orderNo: '261120-538127364510922',
      pageUrl: 'https://mms.pinduoduo.com/chat-merchant/',
    };
    await appendActions(db, [makeDraft('panel.opened', { pageKind: 'chat', adapterId: 'pinduoduo.chat' }, context)], agent);
    await appendActions(db, [makeDraft('panel.toggled', { collapsed: true }, context), makeDraft('panel.toggled', { collapsed: false }, context)], agent);
    const rows = (await db.actions.orderBy('[deviceId+seq]').toArray()).map(stripIndexFields);
    expect(rows.map((r) => r.seq)).toEqual([0, 1, 2]);
    expect(new Set(rows.map((r) => r.deviceId)).size).toBe(1);
    rows.forEach((r) => actionSchema.parse(r));
    expect(rows[0]).toMatchObject({ agent, site: 'pinduoduo', orderNo: '261120-538127364510922', buyer: { site: 'pinduoduo', shop: '鲜果小铺', buyerId: '58812345', nick: 't***8' } });
    expect(verifyChain(rows)).toEqual([]);
    expect(await actionsForBuyer(db, 'pinduoduo|鲜果小铺|id:58812345', 10)).toHaveLength(3);
  });

  it('writes a retried draft once and acknowledges it again', async () => {
    db = new AppDB(`t-${crypto.randomUUID()}`);
    const draft = makeDraft('panel.toggled', { collapsed: true });
    expect(await appendActions(db, [draft], undefined)).toEqual([draft.id]);
    expect(await appendActions(db, [draft, draft], undefined)).toEqual([draft.id, draft.id]);
    expect(await db.actions.count()).toBe(1);
  });

  it('keeps one gapless chain under concurrent writers', async () => {
    db = new AppDB(`t-${crypto.randomUUID()}`);
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendActions(db, [makeDraft('panel.toggled', { collapsed: i % 2 === 0 })], agent)));
    const rows = (await db.actions.toArray()).map(stripIndexFields);
    expect(rows.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(verifyChain(rows)).toEqual([]);
  });
});
