import type { ActionDraft } from '../model';
import { logProblemOf } from './log-problem';

const OFFLINE_MAX_DELAY_MS = 250;

export interface QueueOptions {
  /** Sends a batch; resolves with the ids the background stored. Rejects when it is unreachable. */
  send: (drafts: ActionDraft[]) => Promise<string[]>;
  batchSize?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called with each failure, so the panel can show "saving…" while the worker is away. */
  onRetry?: (attempt: number, error: unknown) => void;
  /** Called after each acknowledged batch with how many actions still wait. */
  onDelivered?: (remaining: number) => void;
  /**
   * Where queued drafts are kept outside this page's memory until acknowledged (so closing the tab loses nothing:
   * the background drains what is left). Written before a draft is first sent; cleared when it is acknowledged.
   */
  outbox?: Outbox;
}

export interface Outbox {
  put: (drafts: ActionDraft[]) => Promise<void>;
  remove: (ids: string[]) => Promise<void>;
}

/**
 * Holds actions until the background acknowledges them. The MV3 worker may be asleep or restarting,
 * so a failed send is retried with backoff, forever, in order; nothing is dropped and, since the
 * background dedupes by draft id, a resend after a lost acknowledgement writes nothing twice.
 */
export class ActionQueue {
  private pending: ActionDraft[] = [];
  private running = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idleWaiters: (() => void)[] = [];
  /** The outbox write of the drafts enqueued since the last send, awaited before sending them. */
  private stored: Promise<void> = Promise.resolve();
  private unstored: ActionDraft[] = [];
  private readonly batchSize: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly options: QueueOptions) {
    // Every message may be the one that starts the worker again: fewer, larger batches pay for fewer starts.
    this.batchSize = options.batchSize ?? 200;
    this.baseDelayMs = options.baseDelayMs ?? 50;
    this.maxDelayMs = options.maxDelayMs ?? 1000;
  }

  get size(): number {
    return this.pending.length;
  }

  enqueue(draft: ActionDraft): void {
    this.pending.push(draft);
    this.keep(draft);
    if (this.timer === undefined) void this.run();
  }

  /**
   * Drafts enqueued in one task are written to the outbox together, at the end of that task: the write is issued
   * before the page can close (a tab closed right after a click still keeps it), never held behind an earlier write.
   */
  private keep(draft: ActionDraft): void {
    const { outbox } = this.options;
    if (!outbox) return;
    this.unstored.push(draft);
    if (this.unstored.length > 1) return;
    const previous = this.stored;
    const written = new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => outbox.put(this.unstored.splice(0))).catch(() => {});
    this.stored = Promise.all([previous, written]).then(() => {});
  }

  /** Resolves once every queued action is acknowledged. */
  idle(): Promise<void> {
    if (this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.slice(0, this.batchSize);
        try {
          await this.stored;
          const acked = new Set(await this.options.send(batch));
          this.pending = this.pending.filter((d) => !acked.has(d.id));
          void this.options.outbox?.remove([...acked]).catch(() => {});
          this.attempt = 0;
          this.options.onDelivered?.(this.pending.length);
        } catch (error) {
          this.attempt += 1;
          this.options.onRetry?.(this.attempt, error);
          // A stopped worker starts again on the next message, so an unreachable one is asked again within a quarter
          // second (a worker stopped every 250 ms would otherwise be missed for whole seconds); a worker that answered
          // with an error (a full disk) is given up to maxDelayMs.
          const cap = logProblemOf(error) === 'offline' ? Math.min(this.maxDelayMs, OFFLINE_MAX_DELAY_MS) : this.maxDelayMs;
          const delay = Math.min(cap, this.baseDelayMs * 2 ** (this.attempt - 1));
          this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.run();
          }, delay);
          return;
        }
      }
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    } finally {
      this.running = false;
    }
  }
}
