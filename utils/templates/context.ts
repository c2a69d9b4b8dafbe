import type { Agent, PageSnapshot } from '../model';
import { trackingLink } from './tracking-link';
import type { TemplateContext } from './variables';

const DAY_MS = 86_400_000;

/** Whether the buyer's latest message is in Cyrillic: their tracking page is then offered in Russian. */
function buyerWritesRussian(snapshot: PageSnapshot): boolean {
  const last = snapshot.messages.findLast((m) => m.direction === 'buyer');
  return !!last && /\p{Script=Cyrillic}/u.test(last.text);
}

/** What the page and the agent's settings know, as template variables. */
export function templateContext(snapshot: PageSnapshot, agent: Agent | undefined, extra: { shippedAt?: number; now?: number } = {}): TemplateContext {
  const order = snapshot.orders.find((o) => o.orderNo === snapshot.activeOrderNo) ?? (snapshot.orders.length === 1 ? snapshot.orders[0] : undefined);
  const context: TemplateContext = {
    买家: snapshot.buyer?.displayName,
    订单号: order?.orderNo,
    物流单号: order?.trackingNo,
    追踪链接: trackingLink(order?.trackingNo, order?.carrier, buyerWritesRussian(snapshot) ? 'ru' : 'en'),
    金额: order?.amount?.toFixed(2),
    工号: agent?.staffId,
    客服: agent?.name,
    店铺: agent?.shop,
  };
  if (extra.shippedAt !== undefined) context.发货天数 = Math.max(0, Math.floor(((extra.now ?? Date.now()) - extra.shippedAt) / DAY_MS));
  return context;
}
