import { createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { actionCells } from '@/utils/export/columns';
import { csvHeader, toCsvRows } from '@/utils/export/csv';
import type { Action } from '@/utils/model';
import { sampleLog } from './sample-log';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);
const CHUNK = 2000;

/** Peak heap (JS objects and strings) above the level at start, sampled as the work goes. */
function memoryProbe() {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  return {
    sample: () => (peak = Math.max(peak, process.memoryUsage().heapUsed - base)),
    peakMb: () => peak / 2 ** 20,
  };
}

/** Ours: 2,000 rows at a time through toCsvRows, each chunk handed to a file stream (with backpressure) and dropped. */
async function streamedExport(path: string, probe: ReturnType<typeof memoryProbe>): Promise<number> {
  const out = createWriteStream(path);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', resolve)));
  let bytes = 0;
  let batch: Action[] = [];
  const flush = async () => {
    const text = toCsvRows(batch);
    bytes += text.length;
    batch = [];
    probe.sample();
    await write(text);
  };
  bytes += csvHeader().length;
  await write(csvHeader());
  for (const row of sampleLog(ROWS)) {
    batch.push(row);
    if (batch.length === CHUNK) await flush();
  }
  if (batch.length) await flush();
  await new Promise<void>((resolve) => out.end(resolve));
  return bytes;
}

/** Baseline: what a first version does — every row into one string (same escaping), written at the end. */
async function wholeStringExport(path: string, probe: ReturnType<typeof memoryProbe>): Promise<number> {
  let csv = csvHeader();
  let batch: Action[] = [];
  for (const row of sampleLog(ROWS)) {
    batch.push(row);
    if (batch.length === CHUNK) {
      csv += toCsvRows(batch);
      batch = [];
      probe.sample();
    }
  }
  csv += toCsvRows(batch);
  probe.sample();
  await writeFile(path, csv);
  return csv.length;
}

it(`exports ${ROWS.toLocaleString()} rows to CSV in bounded memory`, async () => {
  const dir = tmpdir();
  const run = async (label: string, fn: typeof streamedExport) => {
    const path = join(dir, `kefu-bench-${label}.csv`);
    const probe = memoryProbe();
    const start = performance.now();
    const size = await fn(path, probe);
    const seconds = (performance.now() - start) / 1000;
    await rm(path, { force: true });
    return { label, seconds, peakMb: probe.peakMb(), size };
  };
  const ours = await run('streamed', streamedExport);
  const base = await run('whole-string', wholeStringExport);
  expect(ours.size).toBe(base.size);
  console.log(
    `\nCSV export, ${ROWS.toLocaleString()} rows (${(ours.size / 2 ** 20).toFixed(0)} MB of text; ${actionCells(sampleLog(1).next().value!).length} columns)\n` +
      `${'ours: toCsvRows per 2,000-row chunk → file stream'.padEnd(52)} ${ours.seconds.toFixed(1)} s   peak heap +${ours.peakMb.toFixed(0)} MB\n` +
      `${'baseline: build the whole string, then write'.padEnd(52)} ${base.seconds.toFixed(1)} s   peak heap +${base.peakMb.toFixed(0)} MB\n` +
      `ratio baseline/ours: time ${(base.seconds / ours.seconds).toFixed(2)}×, peak memory ${(base.peakMb / ours.peakMb).toFixed(1)}×\n`,
  );
  if (ROWS === 1_000_000) {
    expect(ours.peakMb).toBeLessThan(200);
    expect(ours.seconds).toBeLessThan(15);
  }
});
