import { AhoCorasick } from '../lint/aho-corasick';
import type { Template, TemplateCategory } from '../model';
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
}

const built = new WeakMap<readonly Template[], SuggestIndex>();

export function buildSuggestIndex(templates: readonly Template[]): SuggestIndex {
  const items = templates.map((template) => ({ template, tokens: tokenize(`${template.title} ${template.keywords.join(' ')} ${template.body}`, template.language) }));
  const byToken = new Map<string, number[]>();
  const byCategory = new Map<TemplateCategory, number[]>();
  const keywordIds = new Map<string, number>();
  const keywordOwners: number[][] = [];
  items.forEach(({ template, tokens }, i) => {
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
  });
  return { items, byToken, keywords: new AhoCorasick([...keywordIds.keys()]), keywordOwners, byCategory };
}

/** The library's index, built on first use and kept while the library (the same array) is in use. */
export function suggestIndexFor(templates: readonly Template[]): SuggestIndex {
  let index = built.get(templates);
  if (!index) {
    index = buildSuggestIndex(templates);
    built.set(templates, index);
  }
  return index;
}
