import { expect, it } from 'vitest';
import { computeKpis } from '@/utils/kpi/compute-kpis';
import { buyerKey } from '@/utils/model';
import { sampleLog } from './sample-log';

const ROWS = Number(process.env.BENCH_KPI_ROWS ?? 1_000_000);

/**
 * Baseline: the straightforward way — keep every chat event, sort the whole log by conversation then time,
 * and walk it once pairing each round's first buyer message with the next reply.
 */
function globalSortResponseTimes(log: Iterable<ReturnType<typeof sampleLog> extends Generator<infer A> ? A : never>): { rounds: number; total: number } {
  const events: { conversation: string; at: number; fromBuyer: boolean }[] = [];
  for (const a of log) {
    if ((a.kind !== 'message.received' && a.kind !== 'message.sent') || !a.buyer) continue;
    events.push({ conversation: buyerKey(a.buyer)!, at: a.at, fromBuyer: a.kind === 'message.received' });
  }
  events.sort((x, y) => (x.conversation < y.conversation ? -1 : x.conversation > y.conversation ? 1 : x.at - y.at));
  let rounds = 0;
  let total = 0;
  let pending: number | undefined;
  let conversation = '';
  for (const e of events) {
    if (e.conversation !== conversation) {
      conversation = e.conversation;
      pending = undefined;
    }
    if (e.fromBuyer) pending ??= e.at;
    else if (pending !== undefined) {
      rounds++;
      total += e.at - pending;
      pending = undefined;
    }
  }
  return { rounds, total };
}

it(`computes KPIs over ${ROWS.toLocaleString()} actions`, () => {
  const t0 = performance.now();
  const kpis = computeKpis(sampleLog(ROWS));
  const ours = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const base = globalSortResponseTimes(sampleLog(ROWS));
  const baseline = (performance.now() - t1) / 1000;

  const rounds = kpis.reduce((n, k) => n + k.rounds, 0);
  expect(rounds).toBe(base.rounds);
  expect(kpis.reduce((n, k) => n + k.responseMsTotal, 0)).toBe(base.total);
  console.log(
    `\nKPIs over ${ROWS.toLocaleString()} actions (${kpis.length} agent-days, ${rounds.toLocaleString()} rounds)\n` +
      `${'ours: computeKpis, one pass + per-conversation sort (all KPIs)'.padEnd(66)} ${ours.toFixed(2)} s\n` +
      `${'baseline: global sort of every chat event (response time only)'.padEnd(66)} ${baseline.toFixed(2)} s\n` +
      `ratio baseline/ours: ${(baseline / ours).toFixed(2)}×\n`,
  );
  if (ROWS === 1_000_000) expect(ours).toBeLessThan(15);
});
