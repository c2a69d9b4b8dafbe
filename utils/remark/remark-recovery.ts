import type { RemarkFormat } from '../model/remark-format';
import { parseRemark } from './parse-remark';
import { remarkLines } from './validate-remark';

export interface EarlierLineEdit {
  before: string;
  /** The line that replaced it, when one looks like an edit of it (else it was deleted). */
  after?: string;
  /** Who wrote the earlier line (its 工号), when it follows the format. */
  staffId?: string;
}

/** Share of characters two lines have in common (order-free): 1 for the same text. */
function likeness(a: string, b: string): number {
  const pool = [...a];
  let shared = 0;
  for (const ch of b) {
    const i = pool.indexOf(ch);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return shared / Math.max(a.length, b.length, 1);
}

/** Earlier lines the text about to be saved lost, each with the new line that edited it (if any) and its author. */
export function earlierLineEdits(removed: readonly string[], added: readonly string[], format: RemarkFormat): EarlierLineEdit[] {
  const free = [...added];
  return removed.map((before) => {
    const best = free.map((line, i) => ({ line, i, score: likeness(before, line) })).sort((a, b) => b.score - a.score)[0];
    const after = best && best.score >= 0.5 ? free.splice(best.i, 1)[0] : undefined;
    const staffId = parseRemark(before, format).fields.staffId;
    return { before, ...(after !== undefined ? { after } : {}), ...(staffId ? { staffId } : {}) };
  });
}

/** The remark with the earlier lines put back where they were, keeping only the new lines that are not edits of them. */
export function restoreEarlierLines(saved: string, next: string, format: RemarkFormat): string {
  const before = remarkLines(saved);
  const after = remarkLines(next);
  const removed = before.filter((line) => !after.includes(line));
  const added = after.filter((line) => !before.includes(line));
  const edits = new Set(earlierLineEdits(removed, added, format).flatMap((e) => (e.after ? [e.after] : [])));
  return [...before, ...added.filter((line) => !edits.has(line))].join('\n');
}

/** Free text typed as new remark lines, as a reason for one line in the shop's format (clipped to the reason limit). */
export function freeTextReason(added: readonly string[], format: RemarkFormat): string {
  const unformatted = added.filter((line) => !parseRemark(line, format).ok);
  return [...unformatted.join('；')].slice(0, format.maxReasonLength).join('');
}
