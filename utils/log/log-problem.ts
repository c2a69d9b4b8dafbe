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

/** Whether a write's transaction was aborted (Chrome may abort a write on a full disk without naming the quota). */
export function isAbortedWrite(error: unknown): boolean {
  return [...unwrap(error)].some((e) => e.name === 'AbortError');
}

/**
 * Follows one worker's log writes and says whether a failure means a full disk. A closed database that cannot reopen
 * ("Internal error opening backing store") after a quota error or an aborted write is still the full disk, for as long
 * as it lasts; a write that succeeds ends it.
 */
export function diskFullWatch(): { failed(error: unknown): boolean; stored(): void } {
  let suspected = false;
  return {
    failed(error) {
      if (isQuotaError(error) || (suspected && isClosedDatabaseError(error))) return (suspected = true);
      suspected ||= isAbortedWrite(error);
      return false;
    },
    stored() {
      suspected = false;
    },
  };
}

export type LogProblem = 'offline' | 'storage-full';

/** What a failed delivery means for the agent. */
export function logProblemOf(error: unknown): LogProblem {
  return String((error as Error)?.message ?? error).includes(STORAGE_FULL) ? 'storage-full' : 'offline';
}
