/**
 * The text as a diversion rule should see it: full-width and circled characters folded (NFKC), lower case, separators
 * between characters dropped (spaces, dots, dashes, emoji, zero-width characters: `加 我 微.信`, `1 3 8-1234-5678`), and
 * Chinese numerals turned into digits where they run long enough to be a number someone is passing on (一三八…). `map`
 * takes each character of `text` back to the agent's own character, so a finding marks — and a fix edits — what
 * they typed.
 */
export interface NormalizedText {
  text: string;
  /** `map[i]` is the index in the original of normalized character `i`; `map[text.length]` is the original's length. */
  map: number[];
}

const CHINESE_DIGITS: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  幺: '1',
  壹: '1',
  二: '2',
  两: '2',
  贰: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
};
/** A run of at least this many digits (Arabic, Chinese, circled…) is a number being passed on, not 三四天. */
const NUMBER_RUN = 7;
const CHINESE_DIGIT_CODES = new Set(Object.keys(CHINESE_DIGITS).map((ch) => ch.charCodeAt(0)));
/** Characters that separate without meaning: whitespace, dots and dashes, zero-width and joiners, symbols and emoji. */
const SEPARATOR = /[\s.\-_·•・、/\\|*~^`'"‘’“”=#@,，。:：;；!！?？()（）[\]【】<>《》{}\u200b-\u200f\u2060\ufeff\u3000\p{Extended_Pictographic}\p{So}\u{fe0f}]/u;
/** Invisible or decorative: dropped even where punctuation is kept (links, emails: t.me, a@b.com). */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\p{Extended_Pictographic}\p{So}\u{fe0f}]/u;

/** Single characters folded the way NFKC does for the shapes agents use to hide digits and letters. */
function fold(ch: string): string {
  const code = ch.codePointAt(0)!;
  // Parenthesised and full-stop digits (⑴ ⒈) fold to "(1)" and "1." under NFKC: keep just the digits.
  if ((code >= 0x2474 && code <= 0x2487) || (code >= 0x2488 && code <= 0x249b)) return String(code >= 0x2488 ? code - 0x2487 : code - 0x2473);
  // Dingbat circled digits (❶ ➀ ➊) are not decomposed by NFKC.
  if (code >= 0x2776 && code <= 0x277f) return String((code - 0x2775) % 10);
  if (code >= 0x2780 && code <= 0x2789) return String((code - 0x277f) % 10);
  if (code >= 0x278a && code <= 0x2793) return String((code - 0x2789) % 10);
  return ch.normalize('NFKC').toLowerCase();
}

/** Every character a digit, Arabic or Chinese (a circled ⑫ folds to two). */
function isDigits(text: string): boolean {
  for (const ch of text) if (!((ch >= '0' && ch <= '9') || ch in CHINESE_DIGITS)) return false;
  return true;
}

// Fast paths for the characters replies are made of (ASCII, CJK ideographs, full-width forms): the send path runs this
// on every Enter, so only rarer characters pay for NFKC and the Unicode-property tests.
const ASCII_SEPARATOR = new Uint8Array(128);
for (const ch of ' \t\n\r\f\v.-_/\\|*~^`\'"=#@,:;!?()[]<>{}') ASCII_SEPARATOR[ch.charCodeAt(0)] = 1;

export interface NormalizedViews {
  /** Every separator dropped: for contact words and numbers (`加 我 微.信`, `1 3 8-1234-5678`). */
  squeezed: NormalizedText;
  /** Only invisible characters dropped: for links, e-mail addresses and app ids, whose dots and @ matter. */
  folded: NormalizedText;
}

const SEPARATES = 1;
const INVISIBLE_FLAG = 2;
const DIGIT_LIKE = 4;

export function normalizeForMatch(original: string): NormalizedViews {
  const n = original.length;
  /** Per character (at its first code unit): what it folds to, when that is not itself. */
  const outs: (string | undefined)[] = new Array(n);
  const flags = new Uint8Array(n);
  const charStarts: number[] = [];
  for (let i = 0; i < n;) {
    let code = original.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      code = original.codePointAt(i)!;
      width = 2;
    }
    charStarts.push(i);
    if (code === 0x2795) {
      // ➕ is a plus sign agents write for "add" (➕V): kept as one, not dropped as a symbol.
      outs[i] = '+';
    } else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) {
      if (CHINESE_DIGIT_CODES.has(code)) flags[i] = DIGIT_LIKE;
    } else {
      let ascii = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code < 128 ? code : -1;
      if (ascii >= 0) {
        if (ascii >= 65 && ascii <= 90) ascii += 32;
        if (ascii !== code) outs[i] = String.fromCharCode(ascii);
        if (ASCII_SEPARATOR[ascii]) flags[i] = SEPARATES;
        else if (ascii >= 48 && ascii <= 57) flags[i] = DIGIT_LIKE;
      } else if (code >= 0x3000 && code <= 0x303f && code !== 0x3007) {
        // CJK punctuation (、。《》【】「」 and the ideographic space).
        flags[i] = SEPARATES;
      } else if (code >= 0x2000 && code <= 0x206f) {
        // General punctuation: dashes, quotes, …, and the zero-width characters (also invisible where dots are kept).
        flags[i] = SEPARATES | ((code >= 0x200b && code <= 0x200f) || code === 0x2060 ? INVISIBLE_FLAG : 0);
      } else {
        const ch = String.fromCodePoint(code);
        const folded = fold(ch);
        if (folded !== ch) outs[i] = folded;
        flags[i] = (SEPARATOR.test(ch) ? SEPARATES : 0) | (INVISIBLE.test(ch) ? INVISIBLE_FLAG : 0) | (folded.length > 0 && isDigits(folded) ? DIGIT_LIKE : 0);
      }
    }
    i += width;
  }

  // Chinese numerals stand for digits only inside a run of at least NUMBER_RUN digit-like characters (separators
  // allowed between them); elsewhere 一 and 两 stay words (一下, 两天).
  const inNumber = new Uint8Array(n);
  let runStart = -1;
  let runLength = 0;
  const closeRun = (endIndex: number) => {
    if (runLength >= NUMBER_RUN) for (let k = runStart; k < endIndex; k++) inNumber[charStarts[k]!] = 1;
    runStart = -1;
    runLength = 0;
  };
  for (let k = 0; k < charStarts.length; k++) {
    const at = charStarts[k]!;
    if (flags[at]! & DIGIT_LIKE) {
      if (runStart < 0) runStart = k;
      runLength += outs[at]?.length ?? 1;
    } else if (runStart >= 0 && !(flags[at]! & SEPARATES)) closeRun(k);
  }
  if (runStart >= 0) closeRun(charStarts.length);

  // Built from slices of the original between the characters that are dropped or replaced (no string per character).
  const view = (dropFlag: number): NormalizedText => {
    let text = '';
    const map: number[] = [];
    let runFrom = -1;
    const flush = (to: number) => {
      if (runFrom < 0) return;
      text += original.slice(runFrom, to);
      for (let j = runFrom; j < to; j++) map.push(j);
      runFrom = -1;
    };
    for (let k = 0; k < charStarts.length; k++) {
      const at = charStarts[k]!;
      if (flags[at]! & dropFlag) {
        flush(at);
        continue;
      }
      const replacement = inNumber[at] && flags[at]! & DIGIT_LIKE ? (CHINESE_DIGITS[original[at]!] ?? outs[at]) : outs[at];
      if (replacement === undefined) {
        if (runFrom < 0) runFrom = at;
        continue;
      }
      flush(at);
      text += replacement;
      for (let j = 0; j < replacement.length; j++) map.push(at);
    }
    flush(n);
    map.push(n);
    return { text, map };
  };
  // Both views are lower case already: ASCII and full-width letters fold above, every other script in `fold`.
  return { squeezed: view(SEPARATES), folded: view(INVISIBLE_FLAG) };
}

/** A span of the normalized text, as the span of the agent's own characters it came from. */
export function originalSpan(normalized: NormalizedText, start: number, end: number, original: string): [number, number] {
  const from = normalized.map[start] ?? original.length;
  const lastChar = normalized.map[Math.max(start, end - 1)] ?? original.length;
  const to = Math.min(original.length, lastChar + (original.codePointAt(lastChar)! > 0xffff ? 2 : 1));
  return [from, Math.max(from, to)];
}
