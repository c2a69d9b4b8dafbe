import { pinyin } from 'pinyin-pro';
import type { Template } from '../model';

/** What a phrase is found by: its text in lower case, and its title's pinyin as initials (fhsj) and in full (fahuoshijian). */
export interface PhraseKeys {
  text: string;
  initials: string;
  full: string;
}

const keys = new WeakMap<Template, PhraseKeys>();

/** Pinyin of a string with the non-Chinese letters and digits kept as they are (lower-cased; spaces and punctuation dropped). */
function pinyinOf(text: string, pattern: 'first' | 'pinyin'): string {
  return pinyin(text, { pattern, toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The search keys of one template, computed once per template object (a library is a new array of new objects only when it changes). */
export function phraseKeys(template: Template): PhraseKeys {
  let found = keys.get(template);
  if (!found) {
    const text = `${template.title} ${template.shortcut ?? ''} ${template.keywords.join(' ')} ${template.body}`.toLowerCase();
    found = { text, initials: pinyinOf(template.title, 'first'), full: pinyinOf(template.title, 'pinyin') };
    keys.set(template, found);
  }
  return found;
}
