import type { Finding } from '../model';

/**
 * One problem per stretch of text: findings that overlap (`加我微信` and `微信 abc123`) become one covering both, the
 * blocking rule's message first, fixable when any part had a fix (a deletion fix covers the whole stretch). The same
 * words are never listed twice.
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Finding[] = [];
  for (const f of sorted) {
    const last = merged.at(-1);
    if (!last || f.start >= last.end) {
      merged.push({ ...f });
      continue;
    }
    const blocking = last.severity === 'block' ? last : f.severity === 'block' ? f : last;
    const deletes = last.suggestion === '' || f.suggestion === '';
    merged[merged.length - 1] = {
      ruleId: blocking.ruleId,
      severity: blocking.severity,
      message: blocking.message,
      start: last.start,
      end: Math.max(last.end, f.end),
      ...(deletes ? { suggestion: '' } : last.suggestion !== undefined && last.end >= f.end ? { suggestion: last.suggestion } : {}),
    };
  }
  return merged;
}

/** The text with every fixable finding applied at once (from the end, so earlier offsets stay right). */
export function applyAllSuggestions(text: string, findings: readonly Finding[]): string {
  return [...findings]
    .filter((f) => f.suggestion !== undefined)
    .sort((a, b) => b.start - a.start)
    .reduce((out, f) => out.slice(0, f.start) + f.suggestion + out.slice(f.end), text);
}
