import type { LearnedPhrasing } from '../model';
import type { SuggestIndex } from './index';
import { buildPhraseIndex, type PhraseIndex } from './phrases';

/** A learned phrasing ranks like a question once it has helped this many times more than it was rewritten away. */
export const LEARNED_MIN_USES = 2;

export const learnedCounts = (p: Pick<LearnedPhrasing, 'uses' | 'against'>) => p.uses - p.against >= LEARNED_MIN_USES;

const built = new WeakMap<readonly LearnedPhrasing[], { library: SuggestIndex; index: PhraseIndex }>();

/** The learned phrasings that count, indexed against the library's positions; kept while both arrays are in use. */
export function learnedIndexFor(library: SuggestIndex, learned: readonly LearnedPhrasing[]): PhraseIndex {
  const cached = built.get(learned);
  if (cached && cached.library === library) return cached.index;
  const entries: { templateIndex: number; text: string }[] = [];
  for (const p of learned) {
    const templateIndex = library.byId.get(p.templateId);
    if (templateIndex !== undefined && learnedCounts(p)) entries.push({ templateIndex, text: p.text });
  }
  const index = buildPhraseIndex(entries);
  built.set(learned, { library, index });
  return index;
}
