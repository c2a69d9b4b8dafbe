import { computed, effect, signal, untracked } from '@preact/signals-react';
import { buildCustomerRecord, type CustomerRecord } from '../customer/customer-record';
import { detectPromise, type DetectedPromise } from '../customer/promise-detect';
import { waitingState, waitLevel, type WaitLevel } from '../customer/waiting';
import { actionLogIdle, logAction } from '../log/log-action';
import { stableActionId } from '../log/stable-id';
import { sendMessage } from '../messaging';
import type { Action, BuyerRef, CustomerEvent, PageBuyer } from '../model';
import { settings, teamRules } from '../state/settings';
import { buyerMessageKeys } from './message-observer';
import type { PageSession } from './page-session';

export type CardState = { status: 'none' } | { status: 'loading' } | { status: 'ready'; record: CustomerRecord } | { status: 'offline' };

export interface PromiseOffer extends DetectedPromise {
  summary: string;
}

const CLOCK_MS = 1000;
const REFRESH_MS = 30_000;

/**
 * The customer card of the page's buyer: their record from the log (fetched through the background), the agent's
 * one-click tags, marks, notes and follow-ups, the buyer-waiting timer on chat pages, and the orders the page shows.
 */
export function startCustomerCard(session: PageSession) {
  const now = signal(Date.now());
  const state = signal<CardState>({ status: 'none' });
  /** The buyer's rows as fetched, for features that read the log themselves (playbook progress). */
  const actions = signal<Action[]>([]);
  const offer = signal<PromiseOffer | null>(null);
  const firstSeen = new Map<string, number>();

  const snapshot = computed(() => (session.snapshot.value.ok ? session.snapshot.value.snapshot : undefined));
  const buyer = computed((): BuyerRef | undefined => {
    const snap = snapshot.value;
    if (!snap?.buyer || (!snap.buyer.id && !snap.buyer.displayName)) return undefined;
    return { site: snap.site, shop: settings.value.agent?.shop ?? '', ...(snap.buyer.id ? { buyerId: snap.buyer.id } : {}), ...(snap.buyer.displayName ? { nick: snap.buyer.displayName } : {}) };
  });
  const buyerIdentity = computed(() => (buyer.value ? JSON.stringify(buyer.value) : ''));

  let request = 0;
  async function refresh(): Promise<void> {
    const ref = buyer.value;
    if (!ref) {
      actions.value = [];
      return void (state.value = { status: 'none' });
    }
    const mine = ++request;
    if (state.value.status !== 'ready') state.value = { status: 'loading' };
    try {
      await actionLogIdle();
      const rows = await sendMessage('customer:actions', { buyer: ref });
      if (mine !== request) return;
      actions.value = rows;
      state.value = { status: 'ready', record: buildCustomerRecord(rows, Date.now()) };
    } catch {
      if (mine === request) state.value = { status: 'offline' };
    }
  }

  // A new buyer: fetch, and say once that the card was shown.
  let viewedFor = '';
  const stopBuyerWatch = effect(() => {
    const identity = buyerIdentity.value;
    untracked(() => {
      if (!identity) return void (state.value = { status: 'none' });
      offer.value = null;
      void refresh().then(() => {
        const current = state.value;
        if (current.status !== 'ready' || viewedFor === identity) return;
        viewedFor = identity;
        logAction('customer.viewed', { orders: current.record.orders.length, openPromises: current.record.promises.filter((p) => !p.done).length });
      });
    });
  });

  // Orders the page shows, once per order and status, each attributed to its own buyer (order lists hold many).
  const loggedOrders = new Set<string>();
  const stopOrderWatch = effect(() => {
    const snap = snapshot.value;
    if (!snap) return;
    for (const order of snap.orders) {
      const orderBuyer: PageBuyer | undefined = snap.buyer ?? (order.buyerName ? { displayName: order.buyerName, idKind: 'nick' } : undefined);
      if (!orderBuyer) continue;
      const id = stableActionId('order.seen', snap.site, order.orderNo, order.status ?? '');
      if (loggedOrders.has(id)) continue;
      loggedOrders.add(id);
      const payload = { orderNo: order.orderNo, ...(order.status ? { status: order.status.slice(0, 20) } : {}), ...(order.amount !== undefined ? { amount: order.amount } : {}), ...(order.placedAt ? { placedAt: order.placedAt } : {}) };
      logAction('order.seen', payload, { id, buyer: orderBuyer });
    }
  });

  // The waiting timer, and the toolbar badge across tabs.
  const waiting = computed(() => {
    const snap = snapshot.value;
    if (!snap || snap.pageKind !== 'chat') return undefined;
    const keys = buyerMessageKeys(snap.messages);
    const keyOf = new Map(keys.map(({ message, key }) => [message, key]));
    return waitingState(snap.messages, (message) => {
      const key = keyOf.get(message) ?? '';
      if (!firstSeen.has(key)) firstSeen.set(key, Date.now());
      return firstSeen.get(key)!;
    });
  });
  const level = computed((): WaitLevel => {
    const w = waiting.value;
    const site = session.adapter.site;
    return w ? waitLevel(w, now.value, teamRules.value.waitThresholds[site] ?? session.adapter.profile.waitThreshold) : 'none';
  });
  let reported: WaitLevel | undefined;
  const stopBadge = effect(() => {
    const current = level.value;
    if (current === reported || session.adapter.pageKind !== 'chat') return;
    reported = current;
    void sendMessage('waiting:update', { level: current, ...(waiting.value?.since ? { since: waiting.value.since } : {}) }).catch(() => {});
  });

  // Follow-ups that fall due while the page is open are logged once as overdue.
  const overdueLogged = new Set<string>();
  const stopOverdue = effect(() => {
    const current = state.value;
    if (current.status !== 'ready') return;
    for (const p of current.record.promises) {
      if (p.done || p.dueAt >= now.value || overdueLogged.has(p.id)) continue;
      overdueLogged.add(p.id);
      logAction('promise.overdue', { promiseId: p.id }, { id: stableActionId('promise.overdue', p.id) });
    }
  });

  const clock = setInterval(() => (now.value = Date.now()), CLOCK_MS);
  const poll = setInterval(() => void refresh(), REFRESH_MS);
  const afterChange = () => void refresh();

  return {
    state,
    actions,
    refresh,
    now,
    waiting,
    level,
    offer,
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
      const orderNo = snapshot.value?.activeOrderNo;
      logAction('customer.marked', { event, ...(orderNo ? { orderNo } : {}) });
      afterChange();
    },
    /** Called with each reply the agent sends: offers a follow-up when it promised something. */
    offerFor(text: string) {
      const found = detectPromise(text);
      offer.value = found ? { ...found, summary: text.replace(/\s+/g, ' ').slice(0, 80) } : null;
    },
    createPromise(dueAt: number) {
      const current = offer.value;
      if (!current) return;
      logAction('promise.created', { promiseId: crypto.randomUUID(), kind: current.kind, summary: current.summary, dueAt });
      offer.value = null;
      afterChange();
    },
    dismissOffer() {
      offer.value = null;
    },
    done(promiseId: string) {
      logAction('promise.done', { promiseId });
      afterChange();
    },
    dispose() {
      clearInterval(clock);
      clearInterval(poll);
      stopBuyerWatch();
      stopOrderWatch();
      stopBadge();
      stopOverdue();
      if (reported && reported !== 'none') void sendMessage('waiting:update', { level: 'none' }).catch(() => {});
    },
  };
}

export type CustomerCard = ReturnType<typeof startCustomerCard>;
