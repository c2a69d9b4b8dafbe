import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { buildCustomerRecord } from '@/utils/customer/customer-record';
import { AppDB, stripIndexFields, withIndexFields } from '@/utils/db/app-db';
import { customerActions } from '@/utils/db/customer-query';
import { buyerKey, type BuyerRef } from '@/utils/model';
import { sampleLog } from './sample-log';
import { percentile } from './measure';

const ROWS = Number(process.env.BENCH_CUSTOMER_ROWS ?? 1_000_000);
const BUYERS = 100_000;

it(`looks up a customer card among ${ROWS.toLocaleString()} actions and ${BUYERS.toLocaleString()} buyers (fake-indexeddb)`, async () => {
  const db = new AppDB(`bench-${crypto.randomUUID()}`);
  const seedStart = performance.now();
  let batch = [];
  for (const row of sampleLog(ROWS, BUYERS)) {
    batch.push(withIndexFields(row));
    if (batch.length === 20_000) {
      await db.actions.bulkAdd(batch);
      batch = [];
    }
  }
  if (batch.length) await db.actions.bulkAdd(batch);
  const seedSeconds = (performance.now() - seedStart) / 1000;

  const buyerOf = (n: number): BuyerRef => ({ site: n % 2 ? 'douyin' : 'pinduoduo', shop: '鲜果小铺', nick: `${['小鹿爱吃橙', 'momo_22', 't***8', '王**', 'Anna K.', '快乐的小猪'][n % 6]}${n}` });
  const ours: number[] = [];
  let rowsPerCard = 0;
  for (let i = 0; i < 200; i++) {
    const buyer = buyerOf((i * 4999) % BUYERS);
    const s = performance.now();
    const actions = await customerActions(db, buyer);
    buildCustomerRecord(actions, Date.now());
    ours.push(performance.now() - s);
    rowsPerCard += actions.length;
  }
  ours.sort((a, b) => a - b);

  // Baseline: scan the whole table for the buyer (what a first version without the buyer index does), 3 buyers.
  const base: number[] = [];
  for (let i = 0; i < 3; i++) {
    const key = buyerKey(buyerOf(i * 777))!;
    const s = performance.now();
    const actions = (await db.actions.filter((r) => r.buyerKey === key).toArray()).map(stripIndexFields);
    buildCustomerRecord(actions, Date.now());
    base.push(performance.now() - s);
  }
  base.sort((a, b) => a - b);
  console.log(
    `\nCustomer card: ${ROWS.toLocaleString()} actions, ${BUYERS.toLocaleString()} buyers in fake-indexeddb (seeded in ${seedSeconds.toFixed(0)} s; ~${Math.round(rowsPerCard / 200)} rows per buyer)\n` +
      `${'ours: customerActions (index ranges) + buildCustomerRecord, 200 buyers'.padEnd(74)} p50 ${percentile(ours, 50).toFixed(1)} ms   p95 ${percentile(ours, 95).toFixed(1)} ms\n` +
      `${'baseline: full-table filter + buildCustomerRecord, 3 buyers'.padEnd(74)} p50 ${percentile(base, 50).toFixed(0)} ms\n` +
      `ratio baseline/ours (p50): ${(percentile(base, 50) / percentile(ours, 50)).toFixed(0)}×\n`,
  );
  if (ROWS === 1_000_000) expect(percentile(ours, 95)).toBeLessThan(20);
  db.close();
  await db.delete();
});
