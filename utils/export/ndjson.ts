import { actionSchema, type Action } from '../model';

/** One stored row per line with every field, hash chain included: for machines and for re-import. */
export function toNdjson(actions: readonly Action[]): string {
  let out = '';
  for (const action of actions) out += `${JSON.stringify(action)}\n`;
  return out;
}

export interface NdjsonError {
  line: number;
  message: string;
}

/** Reads an NDJSON export. Any bad line makes the whole file an error list (line and field named); nothing half-read. */
export function parseNdjsonExport(text: string): { ok: true; rows: Action[] } | { ok: false; errors: NdjsonError[] } {
  const rows: Action[] = [];
  const errors: NdjsonError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({ line: index + 1, message: 'not JSON' });
      return;
    }
    const parsed = actionSchema.safeParse(value);
    if (parsed.success) rows.push(parsed.data);
    else errors.push({ line: index + 1, message: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ') });
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };
  if (rows.length === 0) return { ok: false, errors: [{ line: 0, message: 'the file holds no rows' }] };
  return { ok: true, rows };
}
