import { AhoCorasick } from '../send-guard/aho-corasick';
import type { Template, TemplateCategory } from '../model';
import { phraseIndexBuilder, type PhraseIndex } from './phrases';
import { tokenize } from './tokens';

/** A template with what the ranker compares, computed once per library. */
export interface IndexedTemplate {
  template: Template;
  tokens: Set<string>;
}

/**
 * The library, indexed once per change: each template's tokens, postings from token to templates, a keyword automaton
 * and the templates of each category. Ranking then looks only at templates that share a token, a keyword or an
 * intent with the buyer's messages — the only ones that can score above zero.
 */
export interface SuggestIndex {
  items: IndexedTemplate[];
  byToken: Map<string, number[]>;
  keywords: AhoCorasick;
  /** Automaton pattern → the templates holding that keyword. */
  keywordOwners: number[][];
  byCategory: Map<TemplateCategory, number[]>;
  /** Every template's buyer questions. */
  questions: PhraseIndex;
  /** Template id → its position in `items`. */
  byId: Map<string, number>;
}

const built = new WeakMap<readonly Template[], SuggestIndex>();

/** Adds templates one at a time, so the index can be built in slices between the host page's own work. */
function indexBuilder(templates: readonly Template[]) {
  const items: IndexedTemplate[] = [];
  const byToken = new Map<string, number[]>();
  const byCategory = new Map<TemplateCategory, number[]>();
  const keywordIds = new Map<string, number>();
  const keywordOwners: number[][] = [];
  const questions = phraseIndexBuilder();
  const byId = new Map<string, number>();
  return {
    done: () => items.length >= templates.length,
    addNext(): void {
      const i = items.length;
      const template = templates[i]!;
      const tokens = tokenize(`${template.title} ${template.keywords.join(' ')} ${template.body}`, template.language);
      items.push({ template, tokens });
      byId.set(template.id, i);
      for (const question of template.questions) questions.add(i, question);
      for (const token of tokens) {
        const list = byToken.get(token);
        if (list) list.push(i);
        else byToken.set(token, [i]);
      }
      const inCategory = byCategory.get(template.category);
      if (inCategory) inCategory.push(i);
      else byCategory.set(template.category, [i]);
      for (const keyword of template.keywords) {
        const key = keyword.toLowerCase();
        let id = keywordIds.get(key);
        if (id === undefined) {
          id = keywordOwners.length;
          keywordIds.set(key, id);
          keywordOwners.push([]);
        }
        keywordOwners[id]!.push(i);
      }
    },
    finish(): SuggestIndex {
      const index = { items, byToken, keywords: new AhoCorasick([...keywordIds.keys()]), keywordOwners, byCategory, questions: questions.finish(), byId };
      built.set(templates, index);
      return index;
    },
  };
}

export function buildSuggestIndex(templates: readonly Template[]): SuggestIndex {
  const builder = indexBuilder(templates);
  while (!builder.done()) builder.addNext();
  return builder.finish();
}

/**
 * Builds the index a slice at a time (each under `sliceMs`), giving the page back its main thread in between: a
 * 10,000-template library never freezes the seller's page. Resolves when ready; `suggestIndexFor` then has it.
 */
export async function buildSuggestIndexInSlices(templates: readonly Template[], pause: () => Promise<void>, sliceMs = 12): Promise<SuggestIndex> {
  const ready = built.get(templates);
  if (ready) return ready;
  const builder = indexBuilder(templates);
  while (!builder.done()) {
    const until = performance.now() + sliceMs;
    while (!builder.done() && performance.now() < until) builder.addNext();
    if (!builder.done()) await pause();
  }
  return builder.finish();
}

export const hasSuggestIndex = (templates: readonly Template[]) => built.has(templates);

/** The library's index, built on first use and kept while the library (the same array) is in use. */
export function suggestIndexFor(templates: readonly Template[]): SuggestIndex {
  return built.get(templates) ?? buildSuggestIndex(templates);
}
