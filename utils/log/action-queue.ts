import type { ActionDraft } from '../model';

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
    this.batchSize = options.batchSize ?? 50;
    this.baseDelayMs = options.baseDelayMs ?? 100;
    // A stopped worker starts again on the next message: retrying within a second costs nothing and keeps the log current.
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

  /** Drafts enqueued in one task are written to the outbox together. */
  private keep(draft: ActionDraft): void {
    const { outbox } = this.options;
    if (!outbox) return;
    this.unstored.push(draft);
    if (this.unstored.length > 1) return;
    const previous = this.stored;
    this.stored = new Promise<void>((resolve) => queueMicrotask(resolve))
      .then(() => previous)
      .then(() => outbox.put(this.unstored.splice(0)))
      .catch(() => {});
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
          const delay = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (this.attempt - 1));
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
