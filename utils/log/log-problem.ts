/** The message a full disk sends back to the page, so it can say "storage full" rather than "offline". */
export const STORAGE_FULL = 'storage-full';

/** Whether an IndexedDB write failed for lack of space (Dexie may wrap the DOM error as `inner`). */
export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}

export type LogProblem = 'offline' | 'storage-full';

/** What a failed delivery means for the agent. */
export function logProblemOf(error: unknown): LogProblem {
  return String((error as Error)?.message ?? error).includes(STORAGE_FULL) ? 'storage-full' : 'offline';
}
