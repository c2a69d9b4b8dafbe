import type { ChatMessage, PageBuyer, PageOrder } from '../../model';
import { conversationList, conversationRows, rowText, sideByAlignment, sideByLayout } from '../fallbacks';
import { orderColumn } from '../shape-fallbacks';
import { field, fieldElements, rowHas } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { buyerNameAt, chatRead, defineChatAdapter, shownConversationName } from '../page-adapters';
import { labelValue, parseAmount, parseYearlessChinaTime, present, rowsByOrderNumber, textAt, textOf } from '../read';
import { kuaishouProfile } from './profile';

// Evidence: site-evidence-2.md §1.2 (an Electron preload and a Playwright worker agree: B+) and site-evidence.md §6.
// The kwaishop-cs-* component classes are matched by prefix so a build suffix does not break them.
const F = pageFields(kuaishouProfile, 'chat', ['buyerName', 'messageRows', 'replyBox', 'sendButton', 'buyerMark', 'agentMark']);
const SELECTORS = {
  app: '#main_root, .new-workbench-container', // B+
  header: '.TargetUserHeader', // B+
  buyerName: F.buyerName, // B+; may show the numeric id before the nickname
  messageList: '.ChatMessageList-ContentWrap', // B+
  messageItem: F.messageRows, // B: id "0_<buyer user id>_<message>"
  mine: F.agentMark, // B+
  theirs: F.buyerMark, // B+
  systemCard: '[class*="kwaishop-cs-BizNoticeCard"], [class*="kwaishop-cs-bizBuyerFromCard"]', // B+
  body: '[class*="LayoutDefaultWrapper_msgBody"]', // B
  meta: '[class*="LayoutDefaultWrapper_beforeMsgBody"]', // B: sender + "2-22 18:55:20"
  editor: F.replyBox, // B+ (Quill)
  send: F.sendButton, // B+
  sessionCard: '.SessionBaseCard', // B+
  sessionName: '.SessionBaseCard-topHeadName', // B+; suffix 下单数(N)
  sessionTimer: '.SessionBaseCard-topHeadTime', // B+: "X分Y秒后超时" / "已超时"
  sessionList: '.SessionListGroup, .AllSessionList-Sessions', // B+
  orderPanel: '#OrderListDom', // B
  orderCard: '#OrderListDom .OrderCard', // B
  openCard: '.ant-collapse-item-active .OrderCard', // B
  orderNo: '.oid', // B
  orderStatus: '.order-tag, .order-tag-last', // B
  tracking: '.consigneePackageListPackage', // B: courier + tracking number
};
/** Cards the platform posts into the chat (§1.2 "System rows to skip"), by their title. */
const SYSTEM_TITLES = ['发货验收提醒', '催付卡片', '寄回商品提醒', '评价邀请', '订单卡片', '核单卡片', '猜你想问', '会话关闭', '核对订单提醒', '官方极致保障', '[系统消息]', '【防诈贴士】'];

function messageRows(doc: Document): HTMLElement[] {
  const found = fieldElements('messageRows', doc, SELECTORS.messageItem, () => {
    const byId = [...doc.querySelectorAll('div[id^="0_"]')];
    return byId.length ? byId : conversationRows(doc);
  }) as HTMLElement[];
  // Rows that lost their id are still rows: the timed list holding the ones found, when it holds more.
  const structural = conversationRows(doc) as HTMLElement[];
  const more = found.length > 0 && structural.length > found.length && found.every((row) => structural.includes(row));
  return more
    ? (field(
        'messageRows',
        () => undefined,
        () => structural,
      ) ?? found)
    : found;
}
const buyerIdOf = (doc: Document) =>
  messageRows(doc)
    .find((row) => row.id.startsWith('0_'))
    ?.id.split('_')[1] || undefined;
/** What only this workbench has, one of which survives a restyle: without any, the page is not Kuaishou's. */
const SIGNATURE = `${SELECTORS.app}, ${SELECTORS.header}, ${SELECTORS.messageList}, ${SELECTORS.sessionList}, ${SELECTORS.orderPanel}, div[id^="0_"], .ql-editor`;

function readMessages(doc: Document): ChatMessage[] {
  return messageRows(doc).map((item): ChatMessage => {
    const text =
      textOf(item.querySelector(SELECTORS.body)) ||
      (field(
        'messageText',
        () => undefined,
        () => rowText(item) || undefined,
      ) ??
        textOf(item));
    const system = !!item.querySelector(SELECTORS.systemCard) || SYSTEM_TITLES.some((title) => text.startsWith(title));
    const marked = system ? 'system' : rowHas('agentMark', item, SELECTORS.mine) ? 'agent' : rowHas('buyerMark', item, SELECTORS.theirs) ? 'buyer' : undefined;
    const direction = marked ?? sideByLayout(sideByAlignment(item)) ?? 'system';
    const at = parseYearlessChinaTime(textOf(item.querySelector(SELECTORS.meta)));
    return { id: item.id, direction, text, ...(at ? { at } : {}) };
  });
}

const ORDER_NO = /(?:^|\D)(\d{16})(?!\d)/;

function readOrders(doc: Document): PageOrder[] {
  const rows = messageRows(doc);
  const panel = doc.querySelector(SELECTORS.orderPanel) ?? orderColumn(doc, ORDER_NO, [doc.querySelector(SELECTORS.messageList) ?? rows[0]?.parentElement ?? undefined, conversationList(doc)]);
  const cards = fieldElements('orderCards', doc, SELECTORS.orderCard, () => (panel ? rowsByOrderNumber(panel, ORDER_NO) : []));
  return cards.flatMap((card): PageOrder[] => {
    const orderNo = textOf(card.querySelector(SELECTORS.orderNo)).match(/\d{12,20}/)?.[0] ?? textOf(card).match(ORDER_NO)?.[1];
    if (!orderNo) return [];
    const tracking = textOf(card.querySelector(SELECTORS.tracking)).match(/[A-Z]{0,4}\d{10,20}/)?.[0];
    return [
      {
        orderNo,
        status: textAt(card, SELECTORS.orderStatus),
        amount: parseAmount(labelValue(card, '实付')),
        ...(tracking ? { trackingNo: tracking } : {}),
      },
    ];
  });
}

/** The platform's countdown on the open conversation's card in the session list. */
function platformTimer(doc: Document, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const card = [...doc.querySelectorAll(SELECTORS.sessionCard)].find(
    (c) =>
      textOf(c.querySelector(SELECTORS.sessionName))
        .replace(/下单数\(\d+\)$/, '')
        .trim() === name,
  );
  return textOf(card?.querySelector(SELECTORS.sessionTimer)) || undefined;
}

function read(doc: Document): PageRead | Unreadable {
  if (!doc.querySelector(SIGNATURE)) return unreadable('unknown-layout', SELECTORS.app);
  // Renamed containers: the conversation is still there if its rows are (by their ids, or timed rows by the reply box).
  if (!doc.querySelector(SELECTORS.messageList) && messageRows(doc).length === 0) return unreadable('unknown-layout', SELECTORS.messageList);
  const shown = buyerNameAt(doc, SELECTORS.buyerName, shownConversationName) ?? '';
  const id = buyerIdOf(doc);
  // A renamed header still leaves the buyer's id in the rows' ids: the conversation is open.
  if (!shown && !doc.querySelector(SELECTORS.header) && !id) return unreadable('empty');
  // The header shows the numeric id until the nickname arrives: that is the id, not a name.
  const displayName = shown && !/^\d+$/.test(shown) ? shown : undefined;
  if (!id && !displayName) return unreadable('empty');
  const orders = readOrders(doc);
  const open = textOf(doc.querySelector(SELECTORS.openCard)?.querySelector(SELECTORS.orderNo)).match(/\d{12,20}/)?.[0];
  const timer = platformTimer(doc, displayName);
  const buyer: PageBuyer = id ? { idKind: 'uid', id, ...(displayName ? { displayName } : {}) } : { idKind: 'nick', displayName: displayName! };
  return { ...chatRead(buyer, readMessages(doc), orders, open ?? orders[0]?.orderNo), ...(timer ? { platformTimer: timer } : {}) };
}

export const kuaishouChat = defineChatAdapter(kuaishouProfile, read, {
  replyBox: SELECTORS.editor,
  sendButton: SELECTORS.send,
  keepClear: (doc) => present([doc.querySelector('.SendBox'), doc.querySelector(SELECTORS.sessionList), doc.querySelector(SELECTORS.orderPanel)]),
  // The rows as the read finds them (a row that lost its id is still one of the newest).
  bubbles: messageRows,
});
