import type { z } from 'zod';

export type JsonInput<T> = { ok: true; data: T } | { ok: false; where: string; message: string };

/** Text a lead typed as JSON, checked against a schema: the data, or where it is wrong ("JSON" when it does not parse). */
export function parseJsonInput<T>(text: string, schema: z.ZodType<T>): JsonInput<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, where: 'JSON', message: (error as Error).message };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, where: issue.path.join('.'), message: issue.message };
}
