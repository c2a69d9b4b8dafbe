import type * as Ort from 'onnxruntime-web';
import { featureBatch } from './features';
import type { Encoder } from './rerank';

/** What the import accepts: one float input of [batch, size] features (features.ts), the first output [batch, dims]. */
export const MIN_FEATURES = 16;
export const MAX_FEATURES = 65_536;
export const MAX_MODEL_BYTES = 200 * 1024 * 1024;
/** Texts per model run: the batch is cut so one call never holds more than this many feature rows. */
const BATCH = 64;

export interface ModelShape {
  featureSize: number;
  embeddingSize: number;
}

export class ModelFormatError extends Error {}

/**
 * An encoder from an ONNX model file in the feature-vector format: texts are featurized in JavaScript and the model
 * maps them to embeddings. `ort` is onnxruntime-web as the caller loaded it (its WASM from the extension's own files).
 * Rejects a file that is not such a model with a ModelFormatError saying what is wrong.
 */
export async function onnxEncoder(ort: typeof Ort, bytes: Uint8Array): Promise<Encoder & { shape: ModelShape; release: () => Promise<void> }> {
  if (bytes.byteLength === 0) throw new ModelFormatError('the file is empty');
  if (bytes.byteLength > MAX_MODEL_BYTES) throw new ModelFormatError(`the file is over ${MAX_MODEL_BYTES / 1024 / 1024} MB`);
  let session: Ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
  } catch (error) {
    throw new ModelFormatError(`not an ONNX model this runtime can load (${String((error as Error).message ?? error).slice(0, 200)})`);
  }
  const input = session.inputMetadata[0];
  const output = session.outputMetadata[0];
  const fail = async (why: string): Promise<never> => {
    await session.release();
    throw new ModelFormatError(why);
  };
  if (session.inputNames.length !== 1 || !input?.isTensor || input.type !== 'float32' || input.shape.length !== 2)
    return fail('the model must take one float32 input of shape [batch, features] (the feature-vector format; token ids are not supported)');
  const featureSize = input.shape[1];
  if (typeof featureSize !== 'number' || featureSize < MIN_FEATURES || featureSize > MAX_FEATURES)
    return fail(`the input's feature width must be a fixed number from ${MIN_FEATURES} to ${MAX_FEATURES}`);
  if (!output?.isTensor || output.type !== 'float32') return fail('the model must give a float32 embedding as its first output');
  const run = async (texts: readonly string[]): Promise<Float32Array[]> => {
    const result = await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', featureBatch(texts, featureSize), [texts.length, featureSize]) });
    const tensor = result[session.outputNames[0]!]!;
    const data = tensor.data as Float32Array;
    const width = data.length / texts.length;
    if (!Number.isInteger(width) || width < 1) throw new ModelFormatError(`the model's output has ${data.length} values for ${texts.length} texts`);
    return texts.map((_, i) => data.slice(i * width, (i + 1) * width));
  };
  let probe: Float32Array[];
  try {
    probe = await run(['你好，请问有货吗', 'Is this in stock?']);
  } catch (error) {
    return fail(`the model did not run on a sample (${String((error as Error).message ?? error).slice(0, 200)})`);
  }
  if (probe.some((v) => v.some((x) => !Number.isFinite(x)))) return fail('the model gives values that are not finite numbers');
  return {
    shape: { featureSize, embeddingSize: probe[0]!.length },
    async encode(texts) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) out.push(...(await run(texts.slice(i, i + BATCH))));
      return out;
    },
    release: () => session.release(),
  };
}
