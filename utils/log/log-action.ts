import { clipDraft, makeDraft, type ActionDraft, type ActionKind, type ActionPayload, type Agent } from '../model';
import { ActionQueue } from './action-queue';

export type ActionContext = Omit<ActionDraft, 'id' | 'at' | 'kind' | 'payload' | 'agent'>;

let context: ActionContext = {};
let agent: Agent | undefined;
const listeners = new Set<(draft: ActionDraft) => void>();

/** Hears every action logged in this context, as it is queued (features reacting to what the agent just did). */
export function onLogged(listener: (draft: ActionDraft) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
let queue: ActionQueue | undefined;
let makeQueue: (() => ActionQueue) | undefined;

/** Sets how actions leave this context (the background sender); called once by each entrypoint. */
export function configureActionLog(factory: () => ActionQueue): void {
  makeQueue = factory;
  queue = undefined;
}

/** What the page is about right now (site, buyer, order); stamped on every following action. */
export function setActionContext(next: ActionContext): void {
  context = next;
}

/** Who is logged in, as this context's settings say now: stamped on every following action (set by the sender). */
export function setActionAgent(next: Agent | undefined): void {
  agent = next;
}

/**
 * The one way anything is logged. Never throws and never waits: the queue delivers it.
 * `id` makes the action idempotent: something observed again after a reload is given the same id and stored once.
 * `buyer` attributes it to another buyer than the page's (a row of an order list).
 */
export function logAction<K extends ActionKind>(kind: K, payload: ActionPayload<K>, options: { id?: string; buyer?: ActionContext['buyer'] } = {}): void {
  if (!makeQueue) throw new Error('logAction before configureActionLog');
  queue ??= makeQueue();
  const draft = makeDraft(kind, payload, { ...context, ...(options.buyer ? { buyer: options.buyer } : {}), ...(agent ? { agent } : {}) });
  const made = options.id ? { ...draft, id: options.id } : draft;
  // Over-long page text is cut to the schema's limits here (and named in `clipped`); what cannot be mended goes as it
  // is and the background sets it aside, so one bad value never blocks the queue.
  const final = clipDraft(made) ?? made;
  queue.enqueue(final);
  for (const listener of listeners) listener(final);
}

export function actionLogIdle(): Promise<void> {
  return queue?.idle() ?? Promise.resolve();
}
