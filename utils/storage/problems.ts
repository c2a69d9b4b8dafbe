import { storage } from '#imports';
import { z } from 'zod';

/** A stored value that did not parse: what was wrong, when, and the value itself, kept until a lead dismisses it. */
export const storageProblemSchema = z.object({
  at: z.number(),
  message: z.string().max(500),
  /** Fields (or list items) that could not be read and fell back to their defaults. */
  reset: z.array(z.string().max(80)).max(50),
  raw: z.unknown(),
  /** Whether the stored value still does not parse (false once a save wrote a valid value over it). */
  current: z.boolean(),
});
export type StorageProblem = z.infer<typeof storageProblemSchema>;
const problemsSchema = z.record(z.string(), storageProblemSchema);
export type StorageProblems = z.infer<typeof problemsSchema>;

const problemsItem = storage.defineItem<StorageProblems>('local:storageProblems', { fallback: {}, version: 1 });

async function loadProblems(): Promise<StorageProblems> {
  const parsed = problemsSchema.safeParse(await problemsItem.getValue());
  return parsed.success ? parsed.data : {};
}

const reported = new Set<string>();

/** Records, once per key and value, that a stored value did not parse; the raw value is kept beside the report. */
export async function reportStorageProblem(key: string, raw: unknown, message: string, reset: string[]): Promise<void> {
  const signature = `${key}|${JSON.stringify(raw)?.length}|${message}`;
  if (reported.has(signature)) return;
  reported.add(signature);
  const problems = await loadProblems();
  const known = problems[key];
  if (known?.current && known.message === message) return;
  await problemsItem.setValue({ ...problems, [key]: { at: Date.now(), message: message.slice(0, 500), reset: reset.slice(0, 50), raw, current: true } });
}

/** The stored value parses again (a save replaced it): the report stays, with its raw value, until dismissed. */
export async function markStorageReadable(key: string): Promise<void> {
  const problems = await loadProblems();
  if (!problems[key]?.current) return;
  await problemsItem.setValue({ ...problems, [key]: { ...problems[key], current: false } });
}

export async function dismissStorageProblem(key: string): Promise<void> {
  const { [key]: _dismissed, ...rest } = await loadProblems();
  await problemsItem.setValue(rest);
}

/** The problems now and on every change; returns the unwatch function. */
export function followStorageProblems(onValue: (problems: StorageProblems) => void): () => void {
  void loadProblems().then(onValue);
  return problemsItem.watch((raw) => onValue(problemsSchema.safeParse(raw).data ?? {}));
}
