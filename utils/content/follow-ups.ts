import { computed, effect, signal } from '@preact/signals-react';
import { dueInWorkingHours } from '../customer/promise-due';
import { detectPromise, type DetectedPromise } from '../customer/promise-detect';
import { playbookConfigStore } from '../storage';
import { logAction } from '../log/log-action';
import { stableActionId } from '../log/stable-id';
import type { PageSession } from './page-session';
import { storedSignal } from './stored-signal';

export interface PromiseOffer extends DetectedPromise {
  summary: string;
  /** The due time offered first: the promise's own delay, moved into the shop's working hours. */
  suggestedAt: number;
}

const CLOCK_MS = 1000;

/**
 * Follow-ups: a sent reply that promised something offers one with a due time; follow-ups that fall due while the
 * page is open are logged once as overdue.
 */
export function startFollowUps(session: PageSession, stop: AbortSignal) {
  const { buyerLog } = session;
  const offer = signal<PromiseOffer | null>(null);
  const now = signal(Date.now());
  const clock = setInterval(() => (now.value = Date.now()), CLOCK_MS);

  const { value: config, release: unwatchConfig } = storedSignal(playbookConfigStore);
  const numbers = computed(() => config.value.numbers);
  const stopListening = session.onReplySent((text) => {
    const found = detectPromise(text);
    const at = Date.now();
    offer.value = found ? { ...found, summary: text.replace(/\s+/g, ' ').slice(0, 80), suggestedAt: dueInWorkingHours(at, found.dueInMs, numbers.value.shiftStart, numbers.value.shiftEnd) } : null;
  });
  const stopBuyerChange = effect(() => {
    void buyerLog.identity.value;
    offer.value = null;
  });
  const overdueLogged = new Set<string>();
  const stopOverdue = effect(() => {
    const state = buyerLog.state.value;
    if (state.status !== 'ready') return;
    for (const p of state.record.promises) {
      if (p.done || p.dueAt >= now.value || overdueLogged.has(p.id)) continue;
      overdueLogged.add(p.id);
      logAction('promise.overdue', { promiseId: p.id }, { id: stableActionId('promise.overdue', p.id) });
    }
  });
  stop.addEventListener('abort', () => {
    clearInterval(clock);
    stopListening();
    unwatchConfig();
    stopBuyerChange();
    stopOverdue();
  });

  return {
    offer,
    now,
    create(dueAt: number) {
      const current = offer.value;
      if (!current) return;
      logAction('promise.created', { promiseId: crypto.randomUUID(), kind: current.kind, summary: current.summary, dueAt });
      offer.value = null;
      void buyerLog.refresh();
    },
    dismiss() {
      offer.value = null;
    },
  };
}

export type FollowUps = ReturnType<typeof startFollowUps>;
