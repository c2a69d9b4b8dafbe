import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { drainOutbox } from '@/entrypoints/background/outbox-drain';
import { AppDB, stripIndexFields } from '@/utils/db/app-db';
import { readAgentHistory, recordAgent } from '@/utils/db/agent-history';
import { verifyChain } from '@/utils/log/hash-chain';
import { storageOutbox } from '@/utils/log/storage-outbox';
import { makeDraft, type Action, type Agent } from '@/utils/model';

const A: Agent = { name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' };
const B: Agent = { name: '李晓红', staffId: '2048', role: 'agent', shop: '鲜果小铺' };

let db: AppDB;
beforeEach(async () => {
  fakeBrowser.reset();
  // The fake has no getKeys (Chrome 130+, what the drain plans from): the same answer from its own store.
  (fakeBrowser.storage.local as unknown as { getKeys: () => Promise<string[]> }).getKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null));
  db = new AppDB(`drain-${crypto.randomUUID()}`);
});

const agentsFrom = (database: AppDB) => ({ now: async () => ({ agent: (await readAgentHistory(database)).at(-1)?.agent, history: await readAgentHistory(database) }) });
const outboxKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('outbox:'));

describe('draining what closed tabs left', () => {
  it('after a shift change on a shared PC, a closed tab’s actions stay the previous agent’s', async () => {
    const morning = Date.now() - 3_600_000;
    await recordAgent(db, A, morning - 60_000);
    // Agent A's tab queued three actions and was closed before the worker acknowledged them.
    const outbox = storageOutbox();
    const drafts = [0, 1, 2].map((i) => ({ ...makeDraft('customer.noted', { note: `A#${i}` }), at: morning + i, agent: A }));
    await outbox.put(drafts);
    // An older build's draft (no agent), left under its old key, from A's shift too.
    const old = { ...makeDraft('customer.noted', { note: 'A#old' }), at: morning + 5 };
    await fakeBrowser.storage.local.set({ [`outbox:${old.id}`]: { context: 'old-page', n: 0, draft: old } });
    // B logs in; the drain runs only now.
    await recordAgent(db, B, Date.now() - 1000);

    expect(await drainOutbox(db, agentsFrom(db))).toBe(4);
    const rows = await db.actions.orderBy('[deviceId+seq]').toArray();
    expect(rows.map((r) => [r.payload, r.agent?.staffId])).toEqual([
      [{ note: 'A#0' }, '1024'],
      [{ note: 'A#1' }, '1024'],
      [{ note: 'A#2' }, '1024'],
      [{ note: 'A#old' }, '1024'],
    ]);
    expect(rows.filter((r) => r.kind === 'log.agent_mismatch')).toEqual([]);
    expect(await outboxKeys()).toEqual([]);
  });

  it('drains a large outbox batch by batch, each page in its order, once, leaving young drafts to their live page', async () => {
    await recordAgent(db, A, 0);
    const base = Date.now() - 60_000;
    const pages = [storageOutbox(), storageOutbox(), storageOutbox()];
    for (const [p, outbox] of pages.entries()) {
      // Written in several puts, as a page does task by task, with times that interleave across pages.
      for (let chunk = 0; chunk < 5; chunk++)
        await outbox.put(Array.from({ length: 100 }, (_, i) => ({ ...makeDraft('customer.noted', { note: `${p}#${chunk * 100 + i}` }), at: base + chunk * 100 + i + p, agent: A })));
    }
    // Younger than the drain's 2 s however slowly this test runs (its clock is read when the drain starts).
    const young = { ...makeDraft('customer.noted', { note: 'young' }), at: Date.now() + 60_000, agent: A };
    await pages[0]!.put([young]);

    expect(await drainOutbox(db, agentsFrom(db))).toBe(1500);
    expect(await drainOutbox(db, agentsFrom(db))).toBe(0);
    const rows: Action[] = (await db.actions.orderBy('[deviceId+seq]').toArray()).map(stripIndexFields);
    expect(rows).toHaveLength(1500);
    expect(verifyChain(rows)).toEqual([]);
    for (let p = 0; p < 3; p++) {
      const order = rows
        .map((r) => String((r.payload as { note: string }).note))
        .filter((n) => n.startsWith(`${p}#`))
        .map((n) => Number(n.split('#')[1]));
      expect(order).toEqual(Array.from({ length: 500 }, (_, i) => i));
    }
    expect((await outboxKeys()).length).toBe(1);
  });

  it('a page’s acknowledgement removes exactly the keys it wrote', async () => {
    const outbox = storageOutbox();
    const drafts = [makeDraft('customer.noted', { note: 'a' }), makeDraft('customer.noted', { note: 'b' })];
    await outbox.put(drafts);
    await outbox.remove([drafts[0]!.id]);
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.values(left).map((e) => (e as { draft: { id: string } }).draft.id)).toEqual([drafts[1]!.id]);
  });
});
