import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeExportFile, parseNdjsonExport } from '@/utils/export/ndjson';
import { readNdjsonChunks } from '@/utils/export/ndjson-stream';
import { createChainCheck, verifyChain } from '@/utils/log/hash-chain';
// @ts-expect-error plain JS helper shared with the browser benchmark
import { writeExportFile } from './browser/export-file.mjs';

/**
 * Reading and verifying a 1,000,000-row export in Node with the dashboard's own functions (no database: the browser
 * benchmark test/bench/browser/import-1m.mjs measures the import end to end):
 * ours — the bytes streamed, parsed and chain-checked a chunk at a time (the import worker's reading);
 * baseline — the whole file read, decoded, parsed into one array and verified (the dashboard's path before issue 27).
 */
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
let dir: string;
let file: string;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapMb = () => process.memoryUsage().heapUsed / 2 ** 20;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kefu-import-'));
  file = join(dir, 'export.ndjson');
  await writeExportFile(file, ROWS);
}, 600_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

it(`reads and verifies ${ROWS} rows: streamed beside whole`, async () => {
  const size = (await stat(file)).size / 2 ** 20;
  gc();
  const base0 = heapMb();
  let t = performance.now();
  let peak = 0;
  const check = createChainCheck();
  let rows = 0;
  for await (const chunk of readNdjsonChunks(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>)) {
    check.add(chunk.rows);
    rows += chunk.rows.length;
    peak = Math.max(peak, heapMb() - base0);
  }
  const ours = { seconds: (performance.now() - t) / 1000, peak, issues: check.result().issues.length };
  expect(rows).toBe(ROWS);

  gc();
  const base1 = heapMb();
  t = performance.now();
  const decoded = decodeExportFile(await readFile(file));
  if (!decoded.ok) throw new Error('not UTF-8');
  const afterDecode = heapMb() - base1;
  const parsed = parseNdjsonExport(decoded.text);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  const parseSeconds = (performance.now() - t) / 1000;
  const afterParse = heapMb() - base1;
  const t2 = performance.now();
  const issues = verifyChain(parsed.rows);
  const verifySeconds = (performance.now() - t2) / 1000;
  const baseline = { seconds: (performance.now() - t) / 1000, peak: Math.max(afterDecode, afterParse, heapMb() - base1), issues: issues.length };
  expect(parsed.rows).toHaveLength(ROWS);
  expect(ours.issues).toBe(0);
  expect(baseline.issues).toBe(0);

  console.log(`\nimport of ${ROWS} rows (${size.toFixed(0)} MB): read + parse + verify
ours: streamed, a chunk at a time     ${ours.seconds.toFixed(1)} s   heap +${ours.peak.toFixed(0)} MB
baseline: whole file, one array       ${baseline.seconds.toFixed(1)} s (parse ${parseSeconds.toFixed(1)} s, verify ${verifySeconds.toFixed(1)} s)   heap +${baseline.peak.toFixed(0)} MB
ratio: time ${(baseline.seconds / ours.seconds).toFixed(2)}×, heap ${(baseline.peak / Math.max(1, ours.peak)).toFixed(0)}×\n`);
});
