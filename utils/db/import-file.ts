import type { ImportReport } from '../export/import-verdict';
import type { NdjsonError } from '../export/ndjson';
import { ImportRejected, readNdjsonChunks } from '../export/ndjson-stream';
import type { AppDB } from './app-db';
import { importChunks, type ImportProgress } from './import-chunks';

export type ImportOutcome = { file: string; rejected: NdjsonError[] } | { file: string; report: ImportReport };

/** Rows per chunk: one transaction each, a few MB of memory. */
export const IMPORT_CHUNK_ROWS = 2000;

/**
 * One export file start to end, streamed (`open` gives its bytes anew for each pass, as `File.stream()` does): a file
 * that cannot be read or stored is reported as rejected, with nothing stored if it was bad.
 */
export async function importNdjsonFile(
  db: AppDB,
  name: string,
  open: () => ReadableStream<Uint8Array>,
  onProgress?: (p: ImportProgress) => void,
  rowsPerChunk = IMPORT_CHUNK_ROWS,
): Promise<ImportOutcome> {
  try {
    return { file: name, report: await importChunks(db, name, () => readNdjsonChunks(open(), rowsPerChunk), onProgress) };
  } catch (error) {
    if (error instanceof ImportRejected) return { file: name, rejected: error.errors };
    return { file: name, rejected: [{ line: 0, message: String((error as Error)?.message ?? error).slice(0, 300) }] };
  }
}
