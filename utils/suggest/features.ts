/**
 * The re-ranker's input format: a text as a fixed-size vector of hashed character 1–3-grams (FNV-1a of each gram with murmur3's finalizer,
 * modulo the model's input width, counted, then scaled to unit length). Lower-cased, spaces dropped, so it needs no
 * tokenizer and treats Chinese, English and Russian alike. A model for the re-ranker takes [batch, size] of these.
 */
export const FEATURE_GRAMS = [1, 2, 3] as const;

export function gramHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // FNV's low bits mix poorly (人在吗 and 现货 share them); murmur3's finalizer spreads them before the modulo.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The grams a text is featurized by (a test builds model weights from them). */
export function featureGrams(text: string): string[] {
  const chars = [...text.toLowerCase().replace(/\s+/g, '')];
  const grams: string[] = [];
  for (const n of FEATURE_GRAMS) for (let i = 0; i + n <= chars.length; i++) grams.push(chars.slice(i, i + n).join(''));
  return grams;
}

export const featureBucket = (gram: string, size: number) => gramHash(gram) % size;

/** One text's feature vector, written into `out` (length `size`) at `offset`. */
export function writeFeatures(text: string, size: number, out: Float32Array, offset = 0): void {
  for (const gram of featureGrams(text)) out[offset + featureBucket(gram, size)]! += 1;
  let norm = 0;
  for (let i = 0; i < size; i++) norm += out[offset + i]! ** 2;
  if (norm === 0) return;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < size; i++) out[offset + i]! *= scale;
}

/** A batch of texts as one row-major [texts.length, size] array. */
export function featureBatch(texts: readonly string[], size: number): Float32Array {
  const out = new Float32Array(texts.length * size);
  texts.forEach((text, i) => writeFeatures(text, size, out, i * size));
  return out;
}
