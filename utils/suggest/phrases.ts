const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/**
 * Words that make a sentence a question but not which one (什么时候, 能不能, what, is, когда …): they count at a fifth of
 * their weight in a phrasing's length and never as shared, so 什么时候考试 is not taken for 什么时候发货.
 */
const FUNCTION_GRAMS = new Set([
  ...'吗的了呢吧啊呀嘛哦么我你您们他她它这那个是不有能可以会要就还都也很么什怎几多少'.split(''),
  '什么',
  '么时',
  '时候',
  '#什么时候',
  '怎么',
  '能不',
  '不能',
  '#能不能',
  '可以',
  '以吗',
  '这个',
  '那个',
  '我的',
  '你们',
  '我们',
  '是不',
  '不是',
  '有没',
  '没有',
  '#有没有',
  '么样',
  '#怎么样',
  '多少',
  '多久',
  '一下',
  ...[
    'a',
    'an',
    'the',
    'is',
    'are',
    'am',
    'was',
    'be',
    'do',
    'does',
    'did',
    'i',
    'me',
    'my',
    'you',
    'your',
    'it',
    'its',
    'this',
    'that',
    'what',
    'when',
    'where',
    'which',
    'who',
    'how',
    'why',
    'can',
    'could',
    'will',
    'would',
    'to',
    'of',
    'in',
    'on',
    'at',
    'for',
    'and',
    'or',
    'not',
    'have',
    'has',
    'please',
    'yet',
    'so',
  ].map((w) => `#${w}`),
  ...[
    'я',
    'мне',
    'мой',
    'моя',
    'моё',
    'мои',
    'вы',
    'ваш',
    'это',
    'этот',
    'как',
    'какой',
    'когда',
    'где',
    'что',
    'почему',
    'ли',
    'и',
    'а',
    'в',
    'на',
    'не',
    'с',
    'у',
    'по',
    'за',
    'уже',
    'ещё',
    'еще',
    'пожалуйста',
    'можно',
    'есть',
  ].map((w) => `#${w}`),
]);
const FUNCTION_WEIGHT = 0.2;

export const isFunctionGram = (gram: string) => FUNCTION_GRAMS.has(gram);

/** A gram's weight in a message matched against `index`: its rarity there, or, unknown to it, as rare as can be. */
export const gramWeight = (index: PhraseIndex, gram: string) => index.weight.get(gram) ?? (FUNCTION_GRAMS.has(gram) ? FUNCTION_WEIGHT : 1) * index.unknownWeight;

/**
 * What a buyer question is compared by: Chinese as single characters and character pairs (so 能退吗 meets 可以退货吗 on
 * 退 and 吗 even where word segmentation splits them differently), every word the segmenter finds, and in other
 * scripts each longer word's letter triples too (so посылку meets посылка, shipped meets ship).
 */
export function phraseGrams(text: string): string[] {
  const grams = new Set<string>();
  const lower = text.normalize('NFKC').toLowerCase();
  for (const run of lower.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      grams.add(chars[i]!);
      if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
    }
  }
  for (const s of segmenter.segment(lower)) {
    if (!s.isWordLike) continue;
    const word = s.segment;
    if (HAN.test(word)) {
      if ([...word].length > 2) grams.add(`#${word}`);
      continue;
    }
    grams.add(`#${word}`);
    if (FUNCTION_GRAMS.has(`#${word}`)) continue;
    // Letter triples from the word's start, not its end: endings are grammar (-ой, -ed), stems are meaning.
    const chars = [...`_${word}`];
    if (chars.length >= 5) for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  }
  return [...grams];
}

/**
 * Phrasings (a template's questions, or what was learned from use) indexed for cosine similarity over their grams,
 * each gram weighted by how rare it is among all phrasings (吗 and "the" count for little, 退货 and customs for much).
 */
export interface PhraseIndex {
  /** Phrase → the template (its position in the library) it belongs to. */
  owner: number[];
  texts: string[];
  norm: Float64Array;
  postings: Map<string, number[]>;
  weight: Map<string, number>;
  /** The weight of a gram no phrasing has (counts against a message full of unrelated words). */
  unknownWeight: number;
  /** Each phrasing's dot product with the message being matched: kept between calls and cleared after each. */
  dot: Float64Array;
}

export function phraseIndexBuilder() {
  const owner: number[] = [];
  const texts: string[] = [];
  const grams: string[][] = [];
  const postings = new Map<string, number[]>();
  return {
    add(templateIndex: number, text: string): void {
      const p = owner.length;
      const g = phraseGrams(text);
      owner.push(templateIndex);
      texts.push(text);
      grams.push(g);
      for (const gram of g) {
        const list = postings.get(gram);
        if (list) list.push(p);
        else postings.set(gram, [p]);
      }
    },
    finish(): PhraseIndex {
      const n = owner.length;
      const weight = new Map<string, number>();
      for (const [gram, list] of postings) weight.set(gram, Math.log(1 + n / list.length) * (FUNCTION_GRAMS.has(gram) ? FUNCTION_WEIGHT : 1));
      const norm = new Float64Array(n);
      for (let p = 0; p < n; p++) {
        let sum = 0;
        for (const gram of grams[p]!) sum += weight.get(gram)! ** 2;
        norm[p] = Math.sqrt(sum);
      }
      return { owner, texts, norm, postings, weight, unknownWeight: Math.log(1 + Math.max(n, 1)), dot: new Float64Array(n) };
    },
  };
}

export function buildPhraseIndex(entries: Iterable<{ templateIndex: number; text: string }>): PhraseIndex {
  const builder = phraseIndexBuilder();
  for (const { templateIndex, text } of entries) builder.add(templateIndex, text);
  return builder.finish();
}

export interface PhraseMatch {
  similarity: number;
  /** How much of the phrasing's weight the message holds (0–1): 英语四级什么时候考 holds little of 什么时候发货. */
  coverage: number;
  phrase: number;
}

/**
 * Each template's best phrasing for the message (cosine of weighted grams, 0–1), for templates with any gram in
 * common and at least `floor` alike. Costs the postings of the message's grams, not the number of phrasings.
 */
export function matchPhrases(index: PhraseIndex, messageGrams: readonly string[], floor = 0): Map<number, PhraseMatch> {
  const best = new Map<number, PhraseMatch>();
  if (index.owner.length === 0) return best;
  let messageNorm = 0;
  const dot = index.dot;
  const touched: number[] = [];
  for (const gram of messageGrams) {
    const w = index.weight.get(gram);
    messageNorm += (w ?? (FUNCTION_GRAMS.has(gram) ? FUNCTION_WEIGHT : 1) * index.unknownWeight) ** 2;
    // Function words only dilute (they count in both lengths, never in what is shared): 吗 sits in half the questions,
    // and walking its postings would cost more than all the other grams together for a few hundredths of a score.
    if (w === undefined || FUNCTION_GRAMS.has(gram)) continue;
    const w2 = w * w;
    for (const p of index.postings.get(gram)!) {
      if (dot[p] === 0) touched.push(p);
      dot[p]! += w2;
    }
  }
  const mNorm = Math.sqrt(messageNorm);
  for (const p of touched) {
    const d = dot[p]!;
    dot[p] = 0;
    if (messageNorm === 0) continue;
    const qNorm = index.norm[p]!;
    const similarity = d / (mNorm * qNorm);
    if (similarity < floor) continue;
    const t = index.owner[p]!;
    const had = best.get(t);
    if (!had || similarity > had.similarity) best.set(t, { similarity, coverage: d / (qNorm * qNorm), phrase: p });
  }
  return best;
}

/** Cosine of two texts' grams, unweighted: how alike two phrasings are (for counting a learned one again). */
export function phraseSimilarity(a: string, b: string): number {
  const ga = new Set(phraseGrams(a));
  const gb = phraseGrams(b);
  if (ga.size === 0 || gb.length === 0) return 0;
  let shared = 0;
  for (const g of gb) if (ga.has(g)) shared++;
  return shared / Math.sqrt(ga.size * gb.length);
}
