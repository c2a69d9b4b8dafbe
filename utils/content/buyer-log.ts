import { computed, effect, signal, untracked, type ReadonlySignal, type Signal } from '@preact/signals-react';
import { buildCustomerRecord, type CustomerRecord } from '../customer/customer-record';
import { actionLogIdle } from '../log/log-action';
import { sendMessage } from '../messaging';
import { buyerRefOf, type Action, type BuyerRef, type SnapshotResult } from '../model';
import { settings } from '../state/settings';

export type BuyerLogState = { status: 'none' } | { status: 'loading' } | { status: 'ready'; actions: Action[]; record: CustomerRecord } | { status: 'offline' };

export interface BuyerLog {
  /** The page's buyer as the log knows them (site + shop + id or nickname). */
  buyer: ReadonlySignal<BuyerRef | undefined>;
  /** Identity of `buyer` as a string: changes exactly when the buyer does. */
  identity: ReadonlySignal<string>;
  state: Signal<BuyerLogState>;
  refresh: () => Promise<void>;
  dispose: () => void;
}

const REFRESH_MS = 30_000;

/** What the log holds about the page's buyer, fetched through the background and re-read on change and every 30 s. */
export function startBuyerLog(snapshot: ReadonlySignal<SnapshotResult>): BuyerLog {
  const state = signal<BuyerLogState>({ status: 'none' });
  const buyer = computed((): BuyerRef | undefined => {
    const result = snapshot.value;
    return result.ok ? buyerRefOf(result.snapshot.site, settings.value.agent?.shop, result.snapshot.buyer) : undefined;
  });
  const identity = computed(() => (buyer.value ? JSON.stringify(buyer.value) : ''));

  let request = 0;
  async function refresh(): Promise<void> {
    const ref = buyer.value;
    if (!ref) return void (state.value = { status: 'none' });
    const mine = ++request;
    if (state.value.status !== 'ready') state.value = { status: 'loading' };
    try {
      await actionLogIdle();
      const actions = await sendMessage('customer:actions', { buyer: ref });
      if (mine === request) state.value = { status: 'ready', actions, record: buildCustomerRecord(actions, Date.now()) };
    } catch {
      if (mine === request) state.value = { status: 'offline' };
    }
  }

  const stopWatch = effect(() => {
    void identity.value;
    untracked(() => void refresh());
  });
  const poll = setInterval(() => void refresh(), REFRESH_MS);
  return {
    buyer,
    identity,
    state,
    refresh,
    dispose() {
      stopWatch();
      clearInterval(poll);
    },
  };
}
