import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chunkedList } from '@/utils/storage/chunked-list';

const item = z.object({ id: z.string().regex(/^[a-z0-9.]+$/), n: z.number().int() });
type Item = z.infer<typeof item>;
const list = () => chunkedList<Item>({ key: 'things', element: item, fallback: [{ id: 'default', n: 0 }], max: 1000, idOf: (t) => t.id, chunkSize: 10 });
const make = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `t${i}`, n: i }));
const stored = async () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

beforeEach(() => fakeBrowser.reset());

describe('a long list stored in chunks', () => {
  it('reads the fallback when nothing is stored, and a saved list back in order from small chunks', async () => {
    const things = list();
    expect(await things.load()).toEqual([{ id: 'default', n: 0 }]);
    await things.save(make(25));
    expect(await things.load()).toEqual(make(25));
    const keys = Object.keys(await stored());
    expect(keys.filter((k) => k.startsWith('things@'))).toHaveLength(3);
    expect((await stored()).things).toMatchObject({ format: 'chunked', chunks: 3, count: 25 });
  });

  it('a new save replaces the old chunks and leaves none behind', async () => {
    const things = list();
    await things.save(make(25));
    await things.save(make(5));
    expect(await things.load()).toEqual(make(5));
    expect(Object.keys(await stored()).filter((k) => k.startsWith('things@'))).toHaveLength(1);
  });

  it('changes one item by rewriting only its chunk', async () => {
    const things = list();
    await things.save(make(25));
    const before = await stored();
    expect(await things.update('t13', (t) => ({ ...t, n: 99 }))).toBe(true);
    const after = await stored();
    const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
    expect(changed).toEqual([expect.stringMatching(/^things@[a-z0-9]+#1$/)]);
    expect((await things.load())[13]).toEqual({ id: 't13', n: 99 });
    expect(await things.update('nope', (t) => t)).toBe(false);
  });

  it('refuses to save an invalid list whole, with the reason, and keeps what was stored', async () => {
    const things = list();
    await things.save(make(3));
    await expect(things.save([...make(2), { id: 'Bad Id', n: 1 }])).rejects.toThrow();
    expect(await things.load()).toEqual(make(3));
  });

  it('reads a list an older build stored whole, and the migration keeps even the items it cannot read', async () => {
    await fakeBrowser.storage.local.set({ things: [...make(12), { id: 'Bad Id', n: 'x' }], things$: { v: 1 } });
    const things = list();
    expect(await things.load()).toEqual(make(12));
    expect(await things.migrateLegacy()).toBe(true);
    expect(await things.migrateLegacy()).toBe(false);
    expect(await things.load()).toEqual(make(12));
    const chunks = Object.entries(await stored())
      .filter(([k]) => k.startsWith('things@'))
      .flatMap(([, v]) => v as unknown[]);
    expect(chunks).toContainEqual({ id: 'Bad Id', n: 'x' });
    expect((await stored())['storageProblems']).toBeDefined();
  });

  it('follows saves and item changes, read in slices', async () => {
    const things = list();
    const seen: number[] = [];
    const stop = things.followInSlices((items) => seen.push(items.length ? items.reduce((s, t) => s + t.n, 0) : -1));
    await expect.poll(() => seen.length).toBe(1);
    await things.save(make(4));
    await expect.poll(() => seen.at(-1)).toBe(0 + 1 + 2 + 3);
    await things.update('t0', (t) => ({ ...t, n: 10 }));
    await expect.poll(() => seen.at(-1)).toBe(16);
    stop();
  });
});
