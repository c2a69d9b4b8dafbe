import type { Template, TemplateCategory, TemplateLanguage } from '../model';
import { phraseKeys, type PinyinLookup } from './phrase-keys';

export interface PhraseGroup {
  owner: Template['owner'];
  category: TemplateCategory;
  phrases: Template[];
}

export interface PhraseSearchOptions {
  /** Only phrases in these languages (the buyer's, else the shop's); all when absent. */
  languages?: readonly TemplateLanguage[];
  /** At most this many phrases over all groups. */
  limit?: number;
  /** The titles' pinyin (from the background); without it phrases are found by their text. */
  pinyin?: PinyinLookup;
}

const LATIN_ONLY = /^[a-z0-9]+$/;

/**
 * How well one word of the query finds a phrase: 3 for its title's pinyin initials from the start (fhsj → 发货时间),
 * 2 for its full pinyin (fahuo), 1 for the text itself (title, shortcut, keywords, body); 0 when it is not found.
 */
function wordScore(word: string, template: Template, pinyin?: PinyinLookup): number {
  const keys = phraseKeys(template, pinyin);
  if (LATIN_ONLY.test(word)) {
    if (keys.initials.startsWith(word)) return 3;
    if (keys.full.includes(word)) return 2;
  }
  return keys.text.includes(word) ? 1 : 0;
}

/**
 * The shop's phrase library for the sidebar: every word of the query must find the phrase (by pinyin initials, full
 * pinyin or text), the best found first, then the most used; grouped team first, then the agent's own, each by category.
 * An empty query lists the whole library, most used first.
 */
export function searchPhrases(query: string, templates: readonly Template[], options: PhraseSearchOptions = {}): PhraseGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const languages = options.languages;
  const hits: { template: Template; score: number }[] = [];
  for (const template of templates) {
    if (languages && !languages.includes(template.language)) continue;
    let score = 0;
    for (const word of words) {
      const s = wordScore(word, template, options.pinyin);
      if (s === 0) {
        score = -1;
        break;
      }
      score += s;
    }
    if (score >= 0) hits.push({ template, score });
  }
  hits.sort((a, b) => b.score - a.score || b.template.usageCount - a.template.usageCount || a.template.title.localeCompare(b.template.title, 'zh-CN'));
  const kept = options.limit !== undefined ? hits.slice(0, options.limit) : hits;
  const groups = new Map<string, PhraseGroup>();
  for (const { template } of kept) {
    const key = `${template.owner}|${template.category}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { owner: template.owner, category: template.category, phrases: [] }));
    group.phrases.push(template);
  }
  const ownerRank = (owner: Template['owner']) => (owner === 'team' ? 0 : 1);
  // Groups keep the order of their best phrase within each owner.
  return [...groups.values()].sort((a, b) => ownerRank(a.owner) - ownerRank(b.owner));
}

/** The phrases of the groups in display order: what ↑/↓ walk through and what Enter inserts. */
export const flattenGroups = (groups: readonly PhraseGroup[]): Template[] => groups.flatMap((g) => g.phrases);
