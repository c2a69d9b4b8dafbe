/**
 * Times several functions call by call in turn (a, b, a, b …) after a warm-up, so a GC pause or a busy core lands on
 * both sides alike instead of on whichever ran second. Returns per-call times in ms, each list sorted.
 */
export function timeInterleaved(fns: (() => unknown)[], runs: number): number[][] {
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < Math.min(200, runs); i++) fns.forEach((fn) => fn());
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      fn();
      times[k]!.push(performance.now() - start);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b));
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export function report(name: string, rows: [string, number[]][]): void {
  const lines = rows.map(([label, t]) => `${label.padEnd(44)} p50 ${percentile(t, 50).toFixed(4)} ms   p99 ${percentile(t, 99).toFixed(4)} ms`);
  const [ours, base] = rows.map(([, t]) => t);
  const ratio = ours && base ? `ratio baseline/ours: p50 ${(percentile(base, 50) / percentile(ours, 50)).toFixed(1)}×, p99 ${(percentile(base, 99) / percentile(ours, 99)).toFixed(1)}×` : '';
  console.log(`\n${name}\n${lines.join('\n')}\n${ratio}\n`);
}
