import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/log/canonical-json';
import { GENESIS_HASH, hashAction, verifyChain } from '@/utils/log/hash-chain';
import type { Action } from '@/utils/model';

function chain(deviceId: string, count: number): Action[] {
  const rows: Action[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 0; seq < count; seq++) {
    const unhashed = { id: crypto.randomUUID(), deviceId, seq, at: 1_700_000_000_000 + seq, kind: 'panel.toggled' as const, payload: { collapsed: seq % 2 === 0 }, prevHash };
    const row = { ...unhashed, hash: hashAction(unhashed) };
    rows.push(row);
    prevHash = row.hash;
  }
  return rows;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
});

describe('hash chain', () => {
  it('accepts an intact chain in any order, for several devices', () => {
    const rows = [...chain('device-aaaa', 5), ...chain('device-bbbb', 3)].reverse();
    expect(verifyChain(rows)).toEqual([]);
  });

  it('reports an edited row', () => {
    const rows = chain('device-aaaa', 4);
    rows[2] = { ...rows[2]!, payload: { collapsed: 'tampered' } };
    expect(verifyChain(rows)).toEqual([{ deviceId: 'device-aaaa', seq: 2, problem: 'edited' }]);
  });

  it('reports a deleted row as a gap', () => {
    const rows = chain('device-aaaa', 4);
    rows.splice(1, 1);
    expect(verifyChain(rows)).toEqual([{ deviceId: 'device-aaaa', seq: 2, problem: 'gap', expectedSeq: 1 }]);
  });

  it('reports rows whose seqs were swapped (reordered)', () => {
    const rows = chain('device-aaaa', 4);
    const [a, b] = [rows[1]!, rows[2]!];
    rows[1] = { ...a, seq: 2 };
    rows[2] = { ...b, seq: 1 };
    const problems = verifyChain(rows).map((i) => `${i.seq}:${i.problem}`);
    expect(problems).toContain('1:edited');
    expect(problems).toContain('2:edited');
  });

  it('reports a row re-hashed after editing as a broken link', () => {
    const rows = chain('device-aaaa', 3);
    const edited = { ...rows[1]!, payload: { collapsed: false }, prevHash: 'f'.repeat(64) };
    rows[1] = { ...edited, hash: hashAction(edited) };
    expect(verifyChain(rows).map((i) => i.problem)).toContain('broken-link');
  });

  it('reports a duplicated seq', () => {
    const rows = chain('device-aaaa', 2);
    rows.push({ ...rows[1]! });
    expect(verifyChain(rows)).toEqual([{ deviceId: 'device-aaaa', seq: 1, problem: 'duplicate' }]);
  });
});
