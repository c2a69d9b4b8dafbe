import { expect, it } from 'vitest';
import { canonicalJson } from '@/utils/log/canonical-json';
it('matches the old', () => {
  const old = (value: unknown): string => JSON.stringify(sortKeys(value));
  function sortKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value && typeof value === 'object') {
      const s: Record<string, unknown> = {};
      for (const k of Object.keys(value).sort()) {
        const v = (value as Record<string, unknown>)[k];
        if (v !== undefined) s[k] = sortKeys(v);
      }
      return s;
    }
    return value;
  }
  for (const v of [1, 'a', null, [], {}, { b: 1, a: [1, { d: 2, c: undefined }, null] }, { x: 'é"\n', y: [[[]]], z: 1.5e-7 }, [undefined, 2], { a: { b: { c: {} } } }, true, -0, 1e21])
    expect(canonicalJson(v)).toBe(old(v));
  expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":1}'))).toBe('{"__proto__":{"x":1},"a":1}');
  let deep: unknown = 1;
  for (let i = 0; i < 3000; i++) deep = [deep];
  expect(() => canonicalJson(deep)).toThrow(RangeError);
});
