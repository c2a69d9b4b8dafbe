/** The message a full disk sends back to the page, so it can say "storage full" rather than "offline". */
export const STORAGE_FULL = 'storage-full';

type ErrorLike = { name?: string; message?: string; inner?: ErrorLike; failures?: ErrorLike[]; cause?: ErrorLike };

/** The error and everything it wraps (Dexie's `inner`, a BulkError's `failures`, `cause`). */
function* unwrap(error: unknown, depth = 0): Generator<ErrorLike> {
  if (!error || typeof error !== 'object' || depth > 4) return;
  const e = error as ErrorLike;
  yield e;
  yield* unwrap(e.inner, depth + 1);
  yield* unwrap(e.cause, depth + 1);
  for (const failure of Array.isArray(e.failures) ? e.failures.slice(0, 5) : []) yield* unwrap(failure, depth + 1);
}

/** Whether an IndexedDB write failed for lack of space, however Dexie wrapped it (inner error, BulkError). */
export function isQuotaError(error: unknown): boolean {
  return [...unwrap(error)].some((e) => e.name === 'QuotaExceededError' || /quota|no space left|disk (is )?full/i.test(e.message ?? ''));
}

/** Whether the database connection is gone (closed after an I/O failure, or it could not open) and must be reopened. */
export function isClosedDatabaseError(error: unknown): boolean {
  return [...unwrap(error)].some((e) => ['DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'UnknownError'].includes(e.name ?? ''));
}

export type LogProblem = 'offline' | 'storage-full';

/** What a failed delivery means for the agent. */
export function logProblemOf(error: unknown): LogProblem {
  return String((error as Error)?.message ?? error).includes(STORAGE_FULL) ? 'storage-full' : 'offline';
}
