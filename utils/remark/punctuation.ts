// Full-width and half-width forms agents type interchangeably, folded one character to one so that
// positions found in the folded text are positions in the original.
const FOLD: Record<string, string> = {
  '｜': '|',
  '：': ':',
  '【': '[',
  '】': ']',
  '（': '(',
  '）': ')',
  '，': ',',
  '；': ';',
  '　': ' ',
  '［': '[',
  '］': ']',
  '〔': '[',
  '〕': ']',
};

export function foldPunctuation(text: string): string {
  let out = '';
  for (const ch of text) out += FOLD[ch] ?? ch;
  return out;
}
