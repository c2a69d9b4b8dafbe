import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { actionDraftSchema, type ActionDraft } from '../model';
import type { QuarantineRow } from './app-db';

const RAW_LIMIT = 20_000;

export interface SortedDrafts {
  valid: ActionDraft[];
  invalid: QuarantineRow[];
}

const describeIssues = (issues: { path: PropertyKey[]; message: string }[]) =>
  issues
    .map((i) => `${i.path.map(String).join('.') || '(draft)'}: ${i.message}`)
    .join('; ')
    .slice(0, 300);

/** The id a bad draft is known by: its own id when it has a sensible one (so the sender's retry is recognised), else a digest. */
function quarantineId(raw: unknown, text: string): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}

/** Splits a batch into drafts to store and drafts to set aside, each judged on its own. */
export function sortDrafts(raws: readonly unknown[], receivedAt: number, from?: string): SortedDrafts {
  const valid: ActionDraft[] = [];
  const invalid: QuarantineRow[] = [];
  for (const raw of raws) {
    const parsed = actionDraftSchema.safeParse(raw);
    if (parsed.success) {
      valid.push(parsed.data);
      continue;
    }
    let text: string;
    try {
      text = JSON.stringify(raw) ?? String(raw);
    } catch {
      text = String(raw);
    }
    const kind = (raw as { kind?: unknown } | null)?.kind;
    invalid.push({
      id: quarantineId(raw, text),
      receivedAt,
      error: describeIssues(parsed.error.issues),
      ...(typeof kind === 'string' ? { kind: kind.slice(0, 80) } : {}),
      raw: text.slice(0, RAW_LIMIT),
      ...(from ? { from: from.slice(0, 500) } : {}),
    });
  }
  return { valid, invalid };
}
