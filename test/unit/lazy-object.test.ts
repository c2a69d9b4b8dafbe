import { describe, expect, it } from 'vitest';
import { lazyObject } from '@/utils/lazy-object';

describe('lazyObject', () => {
  it('builds on the first read, once, and is then a plain object like the built one', () => {
    let builds = 0;
    const value = lazyObject(['a', 'b'], () => (builds++, { a: 1, b: [2] }));
    expect(builds).toBe(0);
    expect(value.b).toEqual([2]);
    expect(value.a).toBe(1);
    expect(builds).toBe(1);
    expect(Object.getOwnPropertyDescriptor(value, 'a')).toEqual({ value: 1, writable: true, enumerable: true, configurable: true });
    expect(structuredClone(value)).toEqual({ a: 1, b: [2] });
    expect(JSON.stringify(value)).toBe('{"a":1,"b":[2]}');
  });

  it('copies, spreads and compares like the built value before its first read', () => {
    const value = lazyObject(['a', 'b'], () => ({ a: 1, b: 'x' }));
    expect({ ...value }).toStrictEqual({ a: 1, b: 'x' });
    const other = lazyObject(['a', 'b'], () => ({ a: 1, b: 'x' }));
    expect(structuredClone(other)).toStrictEqual({ a: 1, b: 'x' });
  });

  it('answers eager keys without building, and drops a key the built value lacks', () => {
    let builds = 0;
    const value = lazyObject<{ id: string; note?: string; n: number }>(['id', 'note', 'n'], () => (builds++, { id: 'x', n: 2 }), { id: 'x' });
    expect(value.id).toBe('x');
    expect(builds).toBe(0);
    expect(value.n).toBe(2);
    expect(Object.keys(value)).toEqual(['id', 'n']);
    expect('note' in value).toBe(false);
  });

  it('a build that throws throws again on every read, never half built', () => {
    let builds = 0;
    const value = lazyObject<{ a: number }>(['a'], () => {
      builds++;
      throw new Error('invalid');
    });
    expect(() => value.a).toThrow('invalid');
    expect(() => value.a).toThrow('invalid');
    expect(builds).toBe(2);
  });

  it('a write before the first read lands on the built value', () => {
    const value = lazyObject(['a', 'b'], () => ({ a: 1, b: 2 }));
    value.a = 5;
    expect(value).toEqual({ a: 5, b: 2 });
  });
});
