import { canonicalJson, MAX_JSON_DEPTH } from '../log/canonical-json';
import { checkpointSchema, importedActionSchema, type Action, type Checkpoint } from '../model';

/** One stored row per line with every field, hash chain included: for machines and for re-import. */
export function toNdjson(actions: readonly Action[]): string {
  let out = '';
  for (const action of actions) out += `${JSON.stringify(action)}\n`;
  return out;
}

/** Signed checkpoints, one line each, after the rows they cover. */
export function checkpointLines(checkpoints: readonly Checkpoint[]): string {
  return checkpoints.map((c) => `${JSON.stringify(c)}\n`).join('');
}

export interface NdjsonError {
  line: number;
  message: string;
}

/** A file's bytes as text: UTF-8 (a BOM is fine), or an error naming the first byte that is not. */
export function decodeExportFile(bytes: ArrayBuffer | Uint8Array): { ok: true; text: string } | { ok: false; errors: NdjsonError[] } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const prefix = new TextDecoder('utf-8').decode(view.subarray(0, firstBadByte(view)));
    return { ok: false, errors: [{ line: prefix.split('\n').length, message: 'not valid UTF-8 text' }] };
  }
}

export function firstBadByte(view: Uint8Array): number {
  let lo = 0;
  let hi = view.length;
  const fatal = new TextDecoder('utf-8', { fatal: true });
  // The longest valid prefix, by halving (a multi-byte character cut at the edge only moves it by three bytes).
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      fatal.decode(view.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** A row of ours is under 8 KB; a line far longer is not one (and would cost the dashboard its memory). */
export const MAX_LINE_LENGTH = 64 * 1024;

export type NdjsonLine = { row: Action } | { checkpoint: Checkpoint } | { error: string } | undefined;

/** One line of an export: a row, a checkpoint, an error saying what is wrong with it, or nothing (a blank line). */
export function parseNdjsonLine(line: string): NdjsonLine {
  if (!line.trim()) return undefined;
  if (line.length > MAX_LINE_LENGTH) return { error: `line longer than ${MAX_LINE_LENGTH} characters` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not JSON' };
  }
  try {
    canonicalJson(value);
  } catch {
    return { error: `nested deeper than ${MAX_JSON_DEPTH} levels` };
  }
  if (value && typeof value === 'object' && Object.hasOwn(value, 'checkpoint')) {
    const checkpoint = checkpointSchema.safeParse(value);
    if (checkpoint.success) return { checkpoint: checkpoint.data };
    return { error: `checkpoint: ${checkpoint.error.issues[0]?.path.join('.')}: ${checkpoint.error.issues[0]?.message}` };
  }
  const parsed = importedActionSchema.safeParse(value);
  if (parsed.success) return { row: value as Action };
  return {
    error: parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`)
      .join('; '),
  };
}

/** How many bad lines a rejected file lists. */
export const MAX_REPORTED_ERRORS = 50;

/** Reads an NDJSON export. Any bad line makes the whole file an error list (line and field named); nothing half-read. */
export function parseNdjsonExport(text: string): { ok: true; rows: Action[]; checkpoints: Checkpoint[] } | { ok: false; errors: NdjsonError[] } {
  const rows: Action[] = [];
  const checkpoints: Checkpoint[] = [];
  const errors: NdjsonError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    const parsed = parseNdjsonLine(line);
    if (!parsed) return;
    if ('error' in parsed) errors.push({ line: index + 1, message: parsed.error });
    else if ('row' in parsed) rows.push(parsed.row);
    else checkpoints.push(parsed.checkpoint);
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  if (rows.length === 0) return { ok: false, errors: [{ line: 0, message: NO_ROWS }] };
  return { ok: true, rows, checkpoints };
}

export const NO_ROWS = 'the file holds no rows';
