/** How deep a value may nest; a row's payload is a few levels at most, so anything deeper is hostile input. */
export const MAX_JSON_DEPTH = 64;

type Frame = { kind: 'array'; items: unknown[]; index: number } | { kind: 'object'; source: object; keys: string[]; index: number; wrote: boolean };

/**
 * JSON with object keys sorted at every depth, so the same data always hashes the same. Iterative (a hostile file
 * nested thousands deep cannot overflow the stack; past MAX_JSON_DEPTH it throws), reads own properties only, so a key
 * named `__proto__` is hashed like any other, and drops `undefined` as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  let out = '';
  const stack: Frame[] = [];
  const open = (v: unknown): void => {
    if (v === null || typeof v !== 'object') {
      out += JSON.stringify(v) ?? 'null';
      return;
    }
    if (stack.length >= MAX_JSON_DEPTH) throw new RangeError(`value nested deeper than ${MAX_JSON_DEPTH}`);
    if (Array.isArray(v)) {
      out += '[';
      stack.push({ kind: 'array', items: v, index: 0 });
    } else {
      out += '{';
      stack.push({ kind: 'object', source: v, keys: Object.keys(v).sort(), index: 0, wrote: false });
    }
  };
  open(value);
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.kind === 'array') {
      if (frame.index >= frame.items.length) {
        out += ']';
        stack.pop();
        continue;
      }
      if (frame.index > 0) out += ',';
      const item = frame.items[frame.index++];
      if (item === undefined || typeof item === 'function') out += 'null';
      else open(item);
      continue;
    }
    if (frame.index >= frame.keys.length) {
      out += '}';
      stack.pop();
      continue;
    }
    const key = frame.keys[frame.index++]!;
    const v = (frame.source as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function') continue;
    out += `${frame.wrote ? ',' : ''}${JSON.stringify(key)}:`;
    frame.wrote = true;
    open(v);
  }
  return out;
}
