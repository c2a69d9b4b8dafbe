import type { Template } from '../model';
import type { TitlePinyin } from './title-pinyin';

/** What a phrase is found by: its text in lower case, and its title's pinyin as initials (fhsj) and in full (fahuoshijian). */
export interface PhraseKeys {
  text: string;
  initials: string;
  full: string;
}

/** A title's pinyin where it is known (the background computes it); until then a phrase is found by its text only. */
export type PinyinLookup = (title: string) => TitlePinyin | undefined;

const texts = new WeakMap<Template, string>();

/** The search keys of one template (its text computed once per template object; a new library is new objects). */
export function phraseKeys(template: Template, pinyinOf: PinyinLookup = () => undefined): PhraseKeys {
  let text = texts.get(template);
  if (text === undefined) {
    text = `${template.title} ${template.shortcut ?? ''} ${template.keywords.join(' ')} ${template.body}`.toLowerCase();
    texts.set(template, text);
  }
  const pinyin = pinyinOf(template.title);
  return { text, initials: pinyin?.initials ?? '', full: pinyin?.full ?? '' };
}
