import { GENESIS_HASH, hashAction } from '@/utils/log/hash-chain';
import type { Action } from '@/utils/model';

/** A device's correctly chained rows, for export and merge tests. */
export function chainRows(deviceId: string, count: number, payloadOf: (seq: number) => unknown = (seq) => ({ length: seq, findings: 0, ruleIds: [], via: 'enter' })): Action[] {
  const rows: Action[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 0; seq < count; seq++) {
    const unhashed: Omit<Action, 'hash'> = {
      id: `00000000-0000-4000-8000-${(seq + deviceId.length * 1000).toString(16).padStart(12, '0')}`,
      deviceId,
      seq,
      at: Date.UTC(2026, 10, 22, 2, 0, seq),
      kind: 'message.sent',
      payload: payloadOf(seq),
      agent: { name: '王小明', staffId: '1024', role: 'agent', shop: '鲜果小铺' },
      site: 'douyin',
      buyer: { site: 'douyin', shop: '鲜果小铺', nick: '小鹿' },
      prevHash,
    };
    const row = { ...unhashed, hash: hashAction(unhashed) };
    rows.push(row);
    prevHash = row.hash;
  }
  return rows;
}
