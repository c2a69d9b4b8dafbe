import type { z } from 'zod';

export interface Salvaged<T> {
  value: T;
  /** Top-level fields or list positions that did not parse and took the fallback's value (or were left out). */
  reset: string[];
}

/**
 * Reads what can be read from a stored value that does not parse as a whole: for an object, each field on its own
 * (a bad field takes the fallback's); for a list, each item on its own (bad items are left out). Undefined when
 * even that does not give a valid value.
 */
export function salvage<T>(raw: unknown, schema: z.ZodType<T>, fallback: T): Salvaged<T> | undefined {
  const def = (schema as unknown as { def?: { type?: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } }).def;
  const reset: string[] = [];
  let candidate: unknown;
  if (def?.type === 'object' && def.shape && raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const source = raw as Record<string, unknown>;
    const base = fallback as Record<string, unknown>;
    candidate = Object.fromEntries(
      Object.entries(def.shape).map(([key, field]) => {
        const parsed = field.safeParse(source[key]);
        if (parsed.success) return [key, parsed.data];
        reset.push(key);
        return [key, base[key]];
      }),
    );
  } else if (def?.type === 'array' && def.element && Array.isArray(raw)) {
    const element = def.element;
    candidate = raw.filter((item, i) => {
      const ok = element.safeParse(item).success;
      if (!ok) reset.push(`[${i}]`);
      return ok;
    });
  } else {
    return undefined;
  }
  const parsed = schema.safeParse(candidate);
  return parsed.success ? { value: parsed.data, reset } : undefined;
}
