import type { AppDB } from '../db/app-db';
import type { Action, Checkpoint } from '../model';
import { rowsInChunks } from '../db/log-query';
import { actionCells, type ExportOptions } from '../export/columns';
import { columnLabels } from '../export/labels';
import { EXPORT_COLUMNS } from '../export/columns-list';
import { csvHeader, toCsvRows } from '../export/csv';
import { checkpointLines, toNdjson } from '../export/ndjson';
import { exportCheckpoints } from '../db/checkpoints';
import { createXlsxWriter, XLSX_MAX_ROWS } from '../export/xlsx';
import type { LogFilter } from '../model/log-filter';
import type { LogSource } from './log-source';

export type ExportFormat = 'csv' | 'xlsx' | 'ndjson';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ndjson: 'application/x-ndjson',
};

/**
 * Writes the rows with these ids, chunk by chunk, into a Blob: each chunk leaves the JS heap as soon as it is
 * formatted, so memory stays flat whatever the row count. NDJSON is never masked (it must verify on re-import).
 * Returns null when cancelled.
 */
export async function buildExport(
  db: AppDB,
  ids: readonly string[],
  format: ExportFormat,
  options: ExportOptions,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Blob | null> {
  const take = format === 'xlsx' ? ids.slice(0, XLSX_MAX_ROWS) : ids;
  return writeExport(rowsInChunks(db, take, 2000, signal), take.length, format, options, onProgress, signal, (heads) => exportCheckpoints(db, heads));
}

/** The dashboard's one export: the filtered rows of any log source, signed where the source can sign its heads. */
export function exportLog(
  source: LogSource,
  filter: LogFilter,
  total: number,
  format: ExportFormat,
  options: ExportOptions,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Blob | null> {
  return writeExport(source.chunks(filter, 2000, signal), total, format, options, onProgress, signal, source.checkpoints);
}

/**
 * The same, from any stream of row chunks (the team log streams them from ClickHouse). `checkpoints` signs each
 * device's last row where this browser holds the device's key; rows from elsewhere are exported unsigned.
 */
export async function writeExport(
  chunks: AsyncIterable<readonly Action[]>,
  total: number,
  format: ExportFormat,
  options: ExportOptions,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
  checkpoints?: (heads: Map<string, { seq: number; hash: string }>) => Promise<Checkpoint[]>,
): Promise<Blob | null> {
  const parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  const header = options.lang ? columnLabels(options.lang) : [...EXPORT_COLUMNS];
  const xlsx = format === 'xlsx' ? createXlsxWriter(header, (chunk) => pending.push(chunk)) : undefined;
  if (format === 'csv') parts.push(new Blob([csvHeader(options.lang)]));
  let done = 0;
  const heads = new Map<string, { seq: number; hash: string }>();
  for await (const chunk of chunks) {
    if (signal?.aborted) break;
    const rows = format === 'xlsx' ? chunk.slice(0, Math.max(0, XLSX_MAX_ROWS - done)) : chunk;
    if (format === 'csv') parts.push(new Blob([toCsvRows(rows, options)]));
    else if (format === 'ndjson') {
      parts.push(new Blob([toNdjson(rows)]));
      for (const row of rows) if (row.seq >= (heads.get(row.deviceId)?.seq ?? -1)) heads.set(row.deviceId, { seq: row.seq, hash: row.hash });
    } else {
      xlsx!.addRows(rows.map((row) => actionCells(row, options)));
      parts.push(new Blob(pending as BlobPart[]));
      pending = [];
    }
    done += rows.length;
    onProgress(done, total);
    if (format === 'xlsx' && done >= XLSX_MAX_ROWS) break;
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the progress bar paint and Cancel be clicked
  }
  if (signal?.aborted) return null;
  if (format === 'ndjson' && checkpoints) parts.push(new Blob([checkpointLines(await checkpoints(heads))]));
  if (xlsx) {
    xlsx.finish();
    parts.push(new Blob(pending as BlobPart[]));
  }
  return new Blob(parts, { type: EXPORT_TYPES[format] });
}
