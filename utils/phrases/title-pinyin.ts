import { pinyin } from 'pinyin-pro';

/** A title's pinyin as initials (fhsj) and in full (fahuoshijian). */
export interface TitlePinyin {
  initials: string;
  full: string;
}

/** Pinyin of a string with the non-Chinese letters and digits kept as they are (lower-cased; spaces and punctuation dropped). */
function pinyinOf(text: string, pattern: 'first' | 'pinyin'): string {
  return pinyin(text, { pattern, toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The pinyin of each title. Computed in the background (its dictionary is 330 kB, more than a seller page's script may
 * carry: the size budget) and handed to the sidebar by `phrases:pinyin`.
 */
export function titlesPinyin(titles: readonly string[]): Record<string, TitlePinyin> {
  return Object.fromEntries(titles.map((title) => [title, { initials: pinyinOf(title, 'first'), full: pinyinOf(title, 'pinyin') }]));
}
