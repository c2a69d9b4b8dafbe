import type { PageOrder } from '@/utils/model';

interface Props {
  orders: PageOrder[];
  activeOrderNo?: string;
  labels: { orders: string; noOrders: string; status: string; amount: string; remark: string };
}

export function OrderList({ orders, activeOrderNo, labels }: Props) {
  if (orders.length === 0) return <p className="kefu-muted">{labels.noOrders}</p>;
  return (
    <div className="kefu-orders">
      <h3>{labels.orders}</h3>
      <ul>
        {orders.map((order) => (
          <li key={order.orderNo} data-testid="kefu-order" className={order.orderNo === activeOrderNo ? 'is-active' : ''}>
            <code>{order.orderNo}</code>
            <span>
              {order.status && `${labels.status}：${order.status}`} {order.amount !== undefined && `${labels.amount}：¥${order.amount.toFixed(2)}`}
            </span>
            {order.remark && <span className="kefu-remark">{`${labels.remark}：${order.remark}`}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
