import { defineAdapter, unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { labelElement, labelValue, parseAmount, parseChinaTime, present } from '../read';
import { memoEditor, memoSaveButton, openMemoDialog, shownMemo } from './memo-dialog';
import { taobaoProfile } from './profile';

// Evidence: site-evidence.md §5 "Order detail" (C): the order number is the URL's bizOrderId (B; else its 订单编号 label); the page's fields
// are read by their text labels, the only hook the evidence offers.
const ROOT = '#detail-panel, main, body';

function read(doc: Document): PageRead | Unreadable {
  const root = doc.querySelector(ROOT)!;
  const fromUrl = URL.canParse(doc.URL) ? new URL(doc.URL).searchParams.get('bizOrderId') : null;
  const orderNo = (fromUrl ?? labelValue(root, '订单编号：'))?.match(/^\d{16,19}$/)?.[0];
  if (!orderNo) return unreadable('unknown-layout', 'bizOrderId');
  const status = labelValue(root, '订单状态：') ?? labelValue(root, '当前订单状态：');
  if (!status) return unreadable('loading', '订单状态');
  const buyerName = labelValue(root, '买家昵称：') ?? labelValue(root, '买家：');
  const memo = shownMemo(root);
  return {
    buyer: buyerName ? { idKind: 'nick', displayName: buyerName } : undefined,
    orders: [
      {
        orderNo,
        status,
        amount: parseAmount(labelValue(root, '实收款：')),
        buyerName,
        placedAt: parseChinaTime(labelValue(root, '创建时间：') ?? labelValue(root, '下单时间：')),
        ...(memo ? { remark: memo } : {}),
      },
    ],
    activeOrderNo: orderNo,
    capabilities: { reply: false, remark: !!openMemoDialog(doc) },
  };
}

export const taobaoOrderDetail = defineAdapter({
  profile: taobaoProfile,
  pageKind: 'orderDetail',
  read,
  remarkEditor: (doc) => memoEditor(doc, () => shownMemo(doc.querySelector(ROOT)!)),
  remarkSaveButton: memoSaveButton,
  // The memo dialog, the page's buttons and the seller-memo line (what the agent is about to replace).
  keepClear: (doc) => [...present([openMemoDialog(doc)?.dialog, labelElement(doc.body, '卖家备注：')?.parentElement]), ...doc.querySelectorAll('button')],
});
