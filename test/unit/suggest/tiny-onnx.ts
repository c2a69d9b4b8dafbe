import { featureBucket, featureGrams } from '../../../utils/suggest/features';

/**
 * Writes an ONNX model by hand (the protobuf wire format, onnx.proto's field numbers): input `features` float
 * [N, inputSize] → MatMul(W) → Add(B) → output `embedding` [N, outputSize]. No weights are downloaded anywhere: the
 * tests make the model they load.
 */
const VARINT = 0;
const BYTES = 2;

function varint(n: number): number[] {
  const out: number[] = [];
  let v = BigInt(n);
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
}
const tag = (field: number, wire: number) => varint((field << 3) | wire);
const int = (field: number, n: number) => [...tag(field, VARINT), ...varint(n)];
const bytes = (field: number, data: Uint8Array | number[]) => [...tag(field, BYTES), ...varint(data.length), ...data];
const str = (field: number, text: string) => bytes(field, [...new TextEncoder().encode(text)]);

const FLOAT = 1;
function tensor(name: string, dims: number[], values: Float32Array): number[] {
  return [...dims.flatMap((d) => int(1, d)), ...int(2, FLOAT), ...str(8, name), ...bytes(9, new Uint8Array(values.buffer, values.byteOffset, values.byteLength))];
}
function valueInfo(name: string, dims: (number | string)[]): number[] {
  const shape = dims.flatMap((d) => bytes(1, typeof d === 'number' ? int(1, d) : str(2, d)));
  const tensorType = [...int(1, FLOAT), ...bytes(2, shape)];
  return [...str(1, name), ...bytes(2, bytes(1, tensorType))];
}
function node(op: string, inputs: string[], outputs: string[], name: string): number[] {
  return [...inputs.flatMap((i) => str(1, i)), ...outputs.flatMap((o) => str(2, o)), ...str(3, name), ...str(4, op)];
}

/** A linear embedding model: W is [inputSize, outputSize] row-major, B is [outputSize]. */
export function linearOnnxModel(inputSize: number, outputSize: number, w: Float32Array, b: Float32Array = new Float32Array(outputSize)): Uint8Array {
  if (w.length !== inputSize * outputSize || b.length !== outputSize) throw new Error('weights do not fit the sizes');
  const graph = [
    ...bytes(1, node('MatMul', ['features', 'W'], ['hidden'], 'project')),
    ...bytes(1, node('Add', ['hidden', 'B'], ['embedding'], 'bias')),
    ...str(2, 'tiny-linear-embedding'),
    ...bytes(5, tensor('W', [inputSize, outputSize], w)),
    ...bytes(5, tensor('B', [outputSize], b)),
    ...bytes(11, valueInfo('features', ['batch', inputSize])),
    ...bytes(12, valueInfo('embedding', ['batch', outputSize])),
  ];
  const model = [...int(1, 8), ...str(2, 'kefu-tests'), ...bytes(7, graph), ...bytes(8, [...str(1, ''), ...int(2, 13)])];
  return Uint8Array.from(model);
}

/**
 * A model that knows a few concepts: each concept is one output dimension, and the hashed buckets of its words'
 * character pairs point at it (with the concept's weight). Texts naming no concept land near zero.
 */
export function conceptOnnxModel(concepts: readonly (readonly [weight: number, words: readonly string[]])[], inputSize = 8192): Uint8Array {
  const w = new Float32Array(inputSize * concepts.length);
  concepts.forEach(([weight, words], c) => {
    for (const word of words) for (const gram of featureGrams(word)) if ([...gram].length === 2) w[featureBucket(gram, inputSize) * concepts.length + c] = weight;
  });
  return linearOnnxModel(inputSize, concepts.length, w);
}

/** The concepts the tests' model knows: a greeting weighs little beside what is asked, as in a sentence embedding. */
export const TEST_CONCEPTS = [
  [0.3, ['你好', '您好', '在吗', '在不在', '老板']],
  [1, ['买到', '有货', '现货', '库存', '缺货', '补货']],
  [1, ['尺码', '多大码', '什么码', '偏大', '偏小']],
  [1, ['多少钱', '价格', '便宜', '优惠']],
] as const;
