import type { RemarkFormat } from '../model/remark-format';
import type { SiteId } from '../model/site';
import { siteRemarkLimit } from './site-remark';
import { remarkError, type RemarkError } from './remark-errors';
import { remarkLines, validateEntry } from './validate-remark';

/**
 * The whole remark to write back: every earlier line kept, the new entry on a line of its own.
 * Platforms that replace the remark on save (Pinduoduo, Douyin) would otherwise lose the history.
 */
export function appendRemarkEntry(saved: string, entry: string): string {
  const kept = saved.replace(/\s+$/, '');
  return kept ? `${kept}\n${entry}` : entry;
}

export type RemarkSaveDecision = 'allow' | 'confirm' | 'block';

export interface RemarkSaveCheck {
  decision: RemarkSaveDecision;
  /** New lines, each validated. */
  added: string[];
  /** Earlier lines missing from the text about to be saved (edited or deleted by hand). */
  removed: string[];
  errors: RemarkError[];
  length: number;
  limit: number;
}

/**
 * What to do when the person presses the site's save: new lines must follow the format (blocking, or asking
 * for confirmation when the lead set "warn only"); a text over the site's limit never goes; removing or editing
 * an earlier line asks for confirmation.
 */
export function checkRemarkSave(saved: string, next: string, format: RemarkFormat, site: SiteId): RemarkSaveCheck {
  const before = remarkLines(saved);
  const after = remarkLines(next);
  const removed = without(before, after);
  const added = without(after, before);
  const errors: RemarkError[] = added.flatMap((line) => validateEntry(line, format, site).map((e) => ({ ...e, line: after.indexOf(line) + 1 })));
  const limit = siteRemarkLimit(format, site);
  if (next.length > limit) errors.push(remarkError('text', 'tooLong', `${next.length}/${limit}`));
  const tooLong = next.length > limit;
  const decision: RemarkSaveDecision = tooLong || (errors.length > 0 && format.enforcement === 'block') ? 'block' : errors.length > 0 || removed.length > 0 ? 'confirm' : 'allow';
  return { decision, added, removed, errors, length: next.length, limit };
}

/** Lines of `a` not matched one-for-one by lines of `b`. */
function without(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const line of b) left.set(line, (left.get(line) ?? 0) + 1);
  return a.filter((line) => {
    const n = left.get(line) ?? 0;
    if (n === 0) return true;
    left.set(line, n - 1);
    return false;
  });
}
