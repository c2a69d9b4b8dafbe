/**
 * Finding a cue as a word without a regular expression per cue: a lookbehind over `\p{L}` is compiled by V8 on a
 * regex's first use, and a hundred of them were 40–60 ms of the panel's first start on a seller page (issue 29). Two
 * one-character classes are compiled once instead.
 */
export const LETTER = /\p{L}/u;
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The character (a whole code point) that ends just before `index`. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff;
  return text.slice(pair ? index - 2 : index - 1, index);
}

/** Whether `text` has no `wordChar` just before `index`: a word may start there. */
export const startsWord = (text: string, index: number, wordChar: RegExp): boolean => !wordChar.test(charBefore(text, index));

/** The character (a whole code point) that starts at `index`. */
const charAt = (text: string, index: number): string => (index < text.length ? String.fromCodePoint(text.codePointAt(index)!) : '');

/**
 * Where `cue` first occurs in `text` at or after `from` with no `wordChar` right before it (and, when `wholeWord`,
 * none right after it either), or -1.
 */
export function indexOfWordCue(text: string, cue: string, from: number, wordChar: RegExp, wholeWord: boolean): number {
  for (let at = text.indexOf(cue, from); at >= 0; at = text.indexOf(cue, at + 1)) {
    if (!startsWord(text, at, wordChar)) continue;
    if (wholeWord && wordChar.test(charAt(text, at + cue.length))) continue;
    return at;
  }
  return -1;
}
