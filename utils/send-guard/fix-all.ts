import type { Finding } from '../model';
import { applyAllSuggestions, mergeFindings } from './merge-findings';

const MAX_PASSES = 5;

export interface FixAllResult {
  text: string;
  /** Problems fixed, over every pass. */
  fixed: number;
  /** Rules whose findings were fixed. */
  ruleIds: string[];
  /** What is left after the last pass (nothing fixable among it). */
  left: Finding[];
}

/**
 * "Fix all" that means all: applies every fixable finding, checks the result again and repeats until nothing fixable
 * is left (a deletion can bring two halves of a contact together, or leave a stray connector), then tidies the spaces
 * the deletions left. What remains needs the agent (a warning with no fix) and is returned as such.
 */
export function fixAll(text: string, lint: (text: string) => Finding[]): FixAllResult {
  let current = text;
  let fixed = 0;
  const ruleIds = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = mergeFindings(lint(current)).filter((f) => f.suggestion !== undefined);
    if (fixable.length === 0) break;
    fixed += fixable.length;
    for (const f of fixable) ruleIds.add(f.ruleId);
    current = tidySpaces(applyAllSuggestions(current, fixable));
  }
  return { text: current, fixed, ruleIds: [...ruleIds], left: mergeFindings(lint(current)) };
}

/** Runs of spaces a deletion left (`add me on  now`) become one, and none before punctuation or at the ends of a line. */
function tidySpaces(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.!?，。！？、；;:：])/g, '$1')
    .replace(/^[ \t]+|[ \t]+$/gm, '');
}
