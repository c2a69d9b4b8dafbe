import { effect } from '@preact/signals-react';
import { logAction } from '../log/log-action';
import { stableActionId } from '../log/stable-id';
import type { PageBuyer } from '../model';
import type { PageSession } from './page-session';

/** Logs every order a page shows, once per order and status, attributed to its own buyer (order lists hold many). */
export function logOrdersSeen(session: PageSession, stop: AbortSignal): void {
  const logged = new Set<string>();
  const dispose = effect(() => {
    const result = session.snapshot.value;
    if (!result.ok) return;
    const snap = result.snapshot;
    for (const order of snap.orders) {
      const orderBuyer: PageBuyer | undefined = snap.buyer ?? (order.buyerName ? { displayName: order.buyerName, idKind: 'nick' } : undefined);
      if (!orderBuyer) continue;
      const id = stableActionId('order.seen', snap.site, order.orderNo, order.status ?? '');
      if (logged.has(id)) continue;
      logged.add(id);
      const payload = {
        orderNo: order.orderNo,
        ...(order.status ? { status: order.status.slice(0, 20) } : {}),
        ...(order.amount !== undefined ? { amount: order.amount } : {}),
        ...(order.placedAt ? { placedAt: order.placedAt } : {}),
      };
      logAction('order.seen', payload, { id, buyer: orderBuyer });
    }
  });
  stop.addEventListener('abort', dispose);
}
