import * as ort from 'onnxruntime-web/wasm';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import { browser } from 'wxt/browser';
import { ModelDB, readModelFile } from '@/utils/db/model-file';
import { offscreenRequestSchema, OFFSCREEN_TARGET, type CheckAnswer, type ScoreAnswer } from '@/utils/reranker/offscreen-protocol';
import { ModelFormatError, onnxEncoder } from '@/utils/suggest/onnx-encoder';
import { embeddingReranker, type Reranker } from '@/utils/suggest/rerank';
import { sha256Hex } from '@/utils/reranker/digest';

// The runtime's WebAssembly is a file of this extension (no CDN); one thread, since an extension page is not
// cross-origin isolated, and no proxy worker.
ort.env.wasm.wasmPaths = { wasm: wasmUrl };
ort.env.wasm.numThreads = 1;
ort.env.wasm.proxy = false;

const db = new ModelDB();
let loaded: { sha: string; reranker: Reranker; release: () => Promise<void> } | null = null;

async function useModel(sha: string): Promise<Reranker> {
  if (loaded?.sha === sha) return loaded.reranker;
  const bytes = await readModelFile(db);
  if (!bytes) throw new Error('no model imported');
  const digest = await sha256Hex(bytes);
  if (digest !== sha) throw new Error('the stored model is not the one the settings name');
  const encoder = await onnxEncoder(ort, bytes);
  await loaded?.release();
  // A new model, a new cache of template embeddings.
  loaded = { sha, reranker: embeddingReranker(encoder), release: encoder.release };
  return loaded.reranker;
}

async function check(): Promise<CheckAnswer> {
  const bytes = await readModelFile(db, 'candidate');
  if (!bytes) return { ok: false, error: 'no imported file to check' };
  try {
    const encoder = await onnxEncoder(ort, bytes);
    await encoder.release();
    return { ok: true, ...encoder.shape };
  } catch (error) {
    return { ok: false, error: error instanceof ModelFormatError ? error.message : String(error).slice(0, 300) };
  }
}

browser.runtime.onMessage.addListener((message: unknown): Promise<CheckAnswer | ScoreAnswer> | undefined => {
  if ((message as { to?: unknown } | null)?.to !== OFFSCREEN_TARGET) return undefined;
  const parsed = offscreenRequestSchema.safeParse(message);
  if (!parsed.success) return Promise.resolve({ error: 'malformed re-ranker request' });
  const request = parsed.data;
  if (request.op === 'check') return check();
  return useModel(request.model)
    .then((reranker) => reranker.score(request.message, request.candidates))
    .then((scores) => ({ scores }))
    .catch((error: unknown) => ({ error: String((error as Error).message ?? error).slice(0, 300) }));
});
