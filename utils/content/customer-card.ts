import { effect, signal, untracked } from '@preact/signals-react';
import { logAction } from '../log/log-action';
import type { CustomerEvent } from '../model';
import { siteCurrency } from '../sites/profiles';
import type { PageSession } from './page-session';

const CLOCK_MS = 1000;

/**
 * The customer card of the page's buyer: their record (from the session's buyer log), and the agent's one-click
 * tags, marks, notes and follow-ups done. `customer.viewed` is logged once per buyer shown.
 */
export function startCustomerCard(session: PageSession, stop: AbortSignal) {
  const { buyerLog } = session;
  const now = signal(Date.now());
  const clock = setInterval(() => (now.value = Date.now()), CLOCK_MS);

  let viewedFor = '';
  const stopViewed = effect(() => {
    const state = buyerLog.state.value;
    const identity = buyerLog.identity.value;
    if (state.status !== 'ready' || !identity || viewedFor === identity) return;
    viewedFor = identity;
    untracked(() => logAction('customer.viewed', { orders: state.record.orders.length, openPromises: state.record.promises.filter((p) => !p.done).length }));
  });
  stop.addEventListener('abort', () => {
    clearInterval(clock);
    stopViewed();
  });

  const afterChange = () => void buyerLog.refresh();
  const activeOrderNo = () => {
    const result = session.snapshot.value;
    return result.ok ? result.snapshot.activeOrderNo : undefined;
  };
  return {
    state: buyerLog.state,
    /** The currency this page's amounts are in (the market's for cross-border shops). */
    currency: siteCurrency(session.adapter.site, location.href),
    now,
    tag(tag: string, op: 'add' | 'remove', colour?: string) {
      logAction('customer.tagged', { tag, op, ...(colour ? { colour } : {}) });
      afterChange();
    },
    note(text: string) {
      const note = text.trim().slice(0, 500);
      if (!note) return;
      logAction('customer.noted', { note });
      afterChange();
    },
    mark(event: CustomerEvent) {
      const orderNo = activeOrderNo();
      logAction('customer.marked', { event, ...(orderNo ? { orderNo } : {}) });
      afterChange();
    },
    done(promiseId: string) {
      logAction('promise.done', { promiseId });
      afterChange();
    },
  };
}

export type CustomerCard = ReturnType<typeof startCustomerCard>;
