import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { featureBatch } from '@/utils/suggest/features';
import { ModelFormatError, onnxEncoder } from '@/utils/suggest/onnx-encoder';
import { rankSuggestions } from '@/utils/suggest/rank';
import { embeddingReranker, rerankSuggestions } from '@/utils/suggest/rerank';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import { conceptOnnxModel, linearOnnxModel, TEST_CONCEPTS } from './tiny-onnx';

const buyer = (text: string) => [{ direction: 'buyer' as const, text }];

describe('the ONNX re-ranker (a model in the feature-vector format, built by the test, run by onnxruntime-web)', () => {
  it('runs the model on the features: the output is features × W + B', async () => {
    const w = Float32Array.from({ length: 32 * 3 }, (_, i) => ((i * 7) % 11) / 10 - 0.5);
    const b = Float32Array.from([0.1, -0.2, 0.3]);
    const encoder = await onnxEncoder(ort, linearOnnxModel(32, 3, w, b));
    expect(encoder.shape).toEqual({ featureSize: 32, embeddingSize: 3 });
    const [got] = await encoder.encode(['库存还有吗']);
    const x = featureBatch(['库存还有吗'], 32);
    const want = [0, 1, 2].map((j) => b[j]! + Array.from(x).reduce((sum, v, i) => sum + v * w[i * 3 + j]!, 0));
    got!.forEach((v, j) => expect(v).toBeCloseTo(want[j]!, 5));
    await encoder.release();
  }, 30_000);

  it('encodes in batches: 150 texts give 150 embeddings in order', async () => {
    const encoder = await onnxEncoder(ort, conceptOnnxModel(TEST_CONCEPTS));
    const texts = Array.from({ length: 150 }, (_, i) => (i % 2 ? '有货吗' : '多少钱'));
    const out = await encoder.encode(texts);
    expect(out).toHaveLength(150);
    expect(out[149]![1]).toBeGreaterThan(0.1);
    expect(out[148]![3]).toBeGreaterThan(0.1);
    expect(out[148]![1]).toBeCloseTo(0, 5);
  }, 30_000);

  it('re-ranks the default pack by what the model knows: 你好 还能买到不 asks about stock', async () => {
    expect(rankSuggestions(buyer('你好 还能买到不'), {}, DEFAULT_TEMPLATES, { limit: 3 })[0]!.template.id).toBe('zh.presale.greet');
    const reranker = embeddingReranker(await onnxEncoder(ort, conceptOnnxModel(TEST_CONCEPTS)));
    const reranked = await rerankSuggestions(buyer('你好 还能买到不'), {}, DEFAULT_TEMPLATES, reranker);
    expect(reranked[0]!.template.id).toBe('zh.presale.stock');
  }, 30_000);

  it('refuses what is not a feature-vector model, saying why', async () => {
    await expect(onnxEncoder(ort, new Uint8Array())).rejects.toThrow(/empty/);
    await expect(onnxEncoder(ort, new TextEncoder().encode('{"not":"a model"}'))).rejects.toThrow(ModelFormatError);
    await expect(onnxEncoder(ort, linearOnnxModel(8, 2, new Float32Array(16)))).rejects.toThrow(/feature width/);
  }, 30_000);
});
