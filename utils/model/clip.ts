import type { z } from 'zod';

export interface Clipped<T> {
  value: T;
  /** Paths (`buyer.displayName`, `orders.2.status`) whose text or list was cut to the schema's limit. */
  clipped: string[];
}

const MAX_PASSES = 8;

/**
 * Cuts every string and list that is longer than the schema allows down to its limit, so one over-long value from a
 * page never makes a whole record invalid. Returns the parsed value, or undefined when something other than a length
 * is wrong. The schema's limits are the contract; clipping is reported, never silent.
 */
export function clipToSchema<T>(input: unknown, schema: z.ZodType<T>): Clipped<T> | undefined {
  let value = input;
  const clipped = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return { value: parsed.data, clipped: [...clipped] };
    const cuts = parsed.error.issues.filter((i) => i.code === 'too_big' && (i.origin === 'string' || i.origin === 'array'));
    if (cuts.length === 0 || cuts.length < parsed.error.issues.length) return undefined;
    value = structuredClone(value);
    for (const issue of cuts) {
      const limit = Number((issue as { maximum: number | bigint }).maximum);
      const path = issue.path as (string | number)[];
      if (!cutAt(value, path, limit)) return undefined;
      clipped.add(path.join('.'));
    }
  }
  return undefined;
}

function cutAt(root: unknown, path: readonly (string | number)[], limit: number): boolean {
  if (path.length === 0) return false;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    parent = parent?.[key] as Record<string | number, unknown>;
    if (parent === null || typeof parent !== 'object') return false;
  }
  const key = path.at(-1)!;
  const current = parent[key];
  if (typeof current === 'string') parent[key] = [...current].slice(0, limit).join('').slice(0, limit);
  else if (Array.isArray(current)) parent[key] = current.slice(0, limit);
  else return false;
  return true;
}
