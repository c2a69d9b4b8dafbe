import type { Agent, PageSnapshot } from '../model';
import type { TemplateContext } from './variables';

const DAY_MS = 86_400_000;

/** What the page and the agent's settings know, as template variables. */
export function templateContext(snapshot: PageSnapshot, agent: Agent | undefined, extra: { shippedAt?: number; now?: number } = {}): TemplateContext {
  const order = snapshot.orders.find((o) => o.orderNo === snapshot.activeOrderNo) ?? (snapshot.orders.length === 1 ? snapshot.orders[0] : undefined);
  const context: TemplateContext = {
    买家: snapshot.buyer?.displayName,
    订单号: order?.orderNo,
    物流单号: order?.trackingNo,
    金额: order?.amount?.toFixed(2),
    工号: agent?.staffId,
    客服: agent?.name,
    店铺: agent?.shop,
  };
  if (extra.shippedAt !== undefined) context.发货天数 = Math.max(0, Math.floor(((extra.now ?? Date.now()) - extra.shippedAt) / DAY_MS));
  return context;
}
