import type { Action, Checkpoint } from '../model';
import { firstBadByte, MAX_LINE_LENGTH, MAX_REPORTED_ERRORS, NO_ROWS, parseNdjsonLine, type NdjsonError } from './ndjson';

/** A file that is not an export we can take: every bad line found (up to 50), with the line and what is wrong. */
export class ImportRejected extends Error {
  constructor(readonly errors: NdjsonError[]) {
    super(
      errors
        .map((e) => `line ${e.line}: ${e.message}`)
        .join('; ')
        .slice(0, 300),
    );
  }
}

export interface NdjsonChunk {
  rows: Action[];
  checkpoints: Checkpoint[];
  /** Bytes read so far, for progress. */
  bytesRead: number;
}

/** Where the bytes end before a UTF-8 sequence cut by the chunk's edge (that tail waits for the next chunk). */
function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needs > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

const concat = (a: Uint8Array, b: Uint8Array) => {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * Reads an NDJSON export from a byte stream a chunk of rows at a time, holding one chunk and one line: the same
 * checks as `parseNdjsonExport`, line by line. When the stream ends, a file with any bad line (or none of rows) throws
 * `ImportRejected` naming them; callers store nothing before the whole file has been read once.
 */
export async function* readNdjsonChunks(stream: ReadableStream<Uint8Array>, rowsPerChunk = 2000): AsyncGenerator<NdjsonChunk> {
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const errors: NdjsonError[] = [];
  let carry: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  let partial = '';
  let overlong = false;
  let lineNo = 0;
  let bytesRead = 0;
  let anyRows = false;
  let first = true;
  let chunk: NdjsonChunk = { rows: [], checkpoints: [], bytesRead: 0 };

  const takeLine = (raw: string) => {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const parsed = overlong ? { error: `line longer than ${MAX_LINE_LENGTH} characters` } : parseNdjsonLine(line);
    overlong = false;
    if (!parsed) return;
    if ('error' in parsed) errors.push({ line: lineNo, message: parsed.error });
    else if (errors.length > 0)
      return; // the file is rejected already: keep reading only to name its bad lines
    else if ('row' in parsed) chunk.rows.push(parsed.row);
    else chunk.checkpoints.push(parsed.checkpoint);
  };
  const takeText = (text: string) => {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      takeLine(overlong ? '' : partial + text.slice(start, nl));
      partial = '';
      start = nl + 1;
    }
    if (!overlong) partial += text.slice(start);
    // A line far longer than any row is not kept whole: it is an error however it ends.
    if (partial.length > MAX_LINE_LENGTH + 1) {
      overlong = true;
      partial = '';
    }
  };
  const decode = (bytes: Uint8Array): string => {
    try {
      return decoder.decode(bytes);
    } catch {
      const bad = firstBadByte(bytes);
      const before = partial + new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
      errors.push({ line: lineNo + 1 + (before.match(/\n/g)?.length ?? 0), message: 'not valid UTF-8 text' });
      throw new ImportRejected(errors.sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_ERRORS));
    }
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytesRead += value.length;
      const bytes = concat(carry, value);
      const cut = completeLength(bytes);
      carry = bytes.slice(cut);
      let text = decode(bytes.subarray(0, cut));
      if (first && text.length > 0) {
        if (text.startsWith('\uFEFF')) text = text.slice(1);
        first = false;
      }
      takeText(text);
      if (errors.length >= MAX_REPORTED_ERRORS) throw new ImportRejected(errors.slice(0, MAX_REPORTED_ERRORS));
      if (errors.length === 0 && chunk.rows.length + chunk.checkpoints.length >= rowsPerChunk) {
        anyRows ||= chunk.rows.length > 0;
        yield { ...chunk, bytesRead };
        chunk = { rows: [], checkpoints: [], bytesRead };
      }
    }
    if (carry.length > 0) takeText(decode(carry));
    if (partial.length > 0 || overlong) takeLine(partial);
    if (errors.length > 0) throw new ImportRejected(errors.slice(0, MAX_REPORTED_ERRORS));
    anyRows ||= chunk.rows.length > 0;
    if (!anyRows) throw new ImportRejected([{ line: 0, message: NO_ROWS }]);
    yield { ...chunk, bytesRead };
  } finally {
    // Stopped early (an error, or the caller stopped): let go of the file.
    await reader.cancel().catch(() => undefined);
  }
}
