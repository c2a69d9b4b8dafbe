import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { diskFullWatch, isClosedDatabaseError, isQuotaError, logProblemOf, STORAGE_FULL } from '@/utils/log/log-problem';
import { ActionQueue } from '@/utils/log/action-queue';
import { makeDraft, type ActionDraft } from '@/utils/model';

const draft = (collapsed: boolean) => makeDraft('panel.toggled', { collapsed });

describe('ActionQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes each draft to the outbox before sending it and clears it once acknowledged', async () => {
    const events: string[] = [];
    const kept = new Set<string>();
    const queue = new ActionQueue({
      send: async (batch) => {
        for (const d of batch) events.push(kept.has(d.id) ? 'sent-kept' : 'sent-unkept');
        return batch.map((d) => d.id);
      },
      outbox: {
        put: async (drafts) => drafts.forEach((d) => kept.add(d.id)),
        remove: async (ids) => ids.forEach((id) => kept.delete(id)),
      },
    });
    const drafts = [draft(true), draft(false), draft(true)];
    drafts.forEach((d) => queue.enqueue(d));
    await queue.idle();
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['sent-kept', 'sent-kept', 'sent-kept']);
    expect(kept.size).toBe(0);
  });

  it('leaves unacknowledged drafts in the outbox while the background is away', async () => {
    const kept = new Set<string>();
    const queue = new ActionQueue({
      send: async () => {
        throw new Error('Receiving end does not exist.');
      },
      outbox: { put: async (drafts) => drafts.forEach((d) => kept.add(d.id)), remove: async (ids) => ids.forEach((id) => kept.delete(id)) },
    });
    queue.enqueue(draft(true));
    queue.enqueue(draft(false));
    await vi.advanceTimersByTimeAsync(1000);
    expect(kept.size).toBe(2);
    expect(queue.size).toBe(2);
  });

  it('retries with backoff until the background answers, losing and reordering nothing', async () => {
    const stored: ActionDraft[] = [];
    let failures = 3;
    const retries: number[] = [];
    const queue = new ActionQueue({
      send: async (batch) => {
        if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        stored.push(...batch);
        return batch.map((d) => d.id);
      },
      onRetry: (attempt) => retries.push(attempt),
    });
    const drafts = [draft(true), draft(false), draft(true)];
    drafts.forEach((d) => queue.enqueue(d));
    expect(queue.size).toBe(3);
    await vi.advanceTimersByTimeAsync(100 + 200 + 400);
    await queue.idle();
    expect(retries).toEqual([1, 2, 3]);
    expect(stored.map((d) => d.id)).toEqual(drafts.map((d) => d.id));
    expect(queue.size).toBe(0);
  });

  it('keeps what was not acknowledged and sends it again', async () => {
    const sent: string[][] = [];
    let first = true;
    const queue = new ActionQueue({
      send: async (batch) => {
        sent.push(batch.map((d) => d.id));
        if (first) {
          first = false;
          return [batch[0]!.id];
        }
        return batch.map((d) => d.id);
      },
    });
    const [a, b] = [draft(true), draft(false)];
    queue.enqueue(a);
    queue.enqueue(b);
    await vi.runAllTimersAsync();
    await queue.idle();
    expect(sent.flat().filter((id) => id === b.id).length).toBeGreaterThanOrEqual(1);
    expect(queue.size).toBe(0);
  });

  it('sends in batches of the configured size', async () => {
    const sizes: number[] = [];
    const queue = new ActionQueue({ batchSize: 2, send: async (batch) => (sizes.push(batch.length), batch.map((d) => d.id)) });
    for (let i = 0; i < 5; i++) queue.enqueue(draft(i % 2 === 0));
    await vi.runAllTimersAsync();
    await queue.idle();
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2);
  });
});

describe('why delivery fails', () => {
  it('tells a full disk from an unreachable worker', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('constraint'))).toBe(false);
    expect(logProblemOf(new Error(STORAGE_FULL))).toBe('storage-full');
    expect(logProblemOf(new Error('Could not establish connection. Receiving end does not exist.'))).toBe('offline');
  });
});

describe('what a failed write means', () => {
  it('finds a full disk however Dexie wraps it', () => {
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'QuotaExceededError Encountered disk full while committing transaction.', inner: {} })).toBe(true);
    expect(isQuotaError({ name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'ConstraintError', message: 'Key already exists' })).toBe(false);
  });

  it('knows a connection that has to be reopened', () => {
    expect(isClosedDatabaseError({ name: 'DatabaseClosedError' })).toBe(true);
    expect(isClosedDatabaseError({ name: 'OpenFailedError', inner: { name: 'UnknownError' } })).toBe(true);
    expect(isClosedDatabaseError({ name: 'ConstraintError' })).toBe(false);
  });

  it('keeps saying "full" while the database of a full disk cannot reopen, after a quota error or an aborted write', () => {
    const aborted = { name: 'BulkError', failures: [{ name: 'AbortError', message: 'The transaction was aborted' }] };
    const cannotReopen = { name: 'UnknownError', message: 'Internal error opening backing store for indexedDB.open.' };
    const watch = diskFullWatch();
    expect(watch.failed(cannotReopen)).toBe(false);
    expect(watch.failed(aborted)).toBe(false);
    expect(watch.failed(cannotReopen)).toBe(true);
    expect(watch.failed({ name: 'DatabaseClosedError' })).toBe(true);
    watch.stored();
    expect(watch.failed(cannotReopen)).toBe(false);
    expect(watch.failed(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(watch.failed(cannotReopen)).toBe(true);
  });
});
