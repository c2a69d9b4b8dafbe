import type { ChatMessage, PageOrder } from '../../model';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { buyerNameAt, chatRead, defineChatAdapter, shownConversationName } from '../page-adapters';
import { conversationList, conversationRows, replyBoxNearSend, rowText, sideByAlignment, sideByLayout } from '../fallbacks';
import { field, fieldElements, rowHas } from '../fields';
import { pageFields } from '../page-fields';
import { columnAround, labelElement, labelValue, ORDER_NO_DATED, ORDER_NO_LABELS, parseAmount, parseChinaTime, present, textAnchor, textOf } from '../read';
import { pinduoduoProfile } from './profile';

// Evidence: shared/domain/site-evidence.md §2 (pdd-rag-plugin dom-parser.ts, calibrated 2026-09-08; eCan pdd_chat/dom.py).
const F = pageFields(pinduoduoProfile, 'chat', ['buyerName', 'messageRows', 'replyBox', 'sendButton', 'buyerMark', 'agentMark']);
const SELECTORS = {
  messageList: '#msgListContainer', // stable id, both sources
  messageRow: F.messageRows,
  messageRowById: '#msgListContainer li[id^="middlePanel_list_"]', // fallback: the row ids, not the class
  buyerRole: F.buyerMark,
  agentRole: F.agentMark,
  robotMarks: '.robot-text, .cs-item.callback',
  systemRole: '.msg-system, [class^="system-msg"]',
  messageText: '.msg-content-box',
  messageImage: '.msg-content img, .image-msg img',
  messageTime: '.message-time',
  buyerUid: '[currentuid]', // holds the buyer uid in every message row
  activeSession: '.chat-item-box.active[data-random]', // data-random="<uid>-0-<group>"
  headerName: F.buyerName,
  replyInput: F.replyBox,
  sendButton: F.sendButton,
  // The right-hand order panel has no public selectors: found by its text anchors instead.
  orderLabel: '订单编号：',
};
const KICKED_TEXT = '账户在别处登录';

function readMessages(doc: Document, name: string | undefined): ChatMessage[] {
  const rows = fieldElements('messageRows', doc, SELECTORS.messageRow, () => {
    const byId = [...doc.querySelectorAll(SELECTORS.messageRowById)];
    return byId.length ? byId : conversationRows(doc);
  });
  // Every buyer row holds the buyer's uid: where some do, a row on the buyer's side without it is the platform's note.
  const uidsShown = rows.some((row) => row.querySelector(SELECTORS.buyerUid));
  const unmarkedSide = (row: Element) => {
    if (row.querySelector(SELECTORS.buyerUid)) return 'buyer';
    const aligned = sideByAlignment(row);
    return aligned === 'buyer' && uidsShown ? 'system' : aligned;
  };
  return rows.map((row): ChatMessage => {
    const at = parseChinaTime(textOf(row.querySelector(SELECTORS.messageTime))) ?? parseChinaTime(textOf(row));
    const own = [...row.querySelectorAll(SELECTORS.messageText)].map(textOf).join('\n') || (row.querySelector(SELECTORS.messageImage) ? '[图片]' : '');
    // A renamed bubble: the row's own words without its time and the buyer's name.
    const words = () =>
      own ||
      field(
        'messageText',
        () => undefined,
        () => rowText(row, [name]) || undefined,
      ) ||
      '';
    const id = row.id || undefined;
    const base = { id, ...(at ? { at } : {}) };
    if (rowHas('buyerMark', row, SELECTORS.buyerRole)) return { ...base, direction: 'buyer', text: words() };
    if (row.querySelector(SELECTORS.robotMarks)) return { ...base, direction: 'robot', text: words() };
    if (rowHas('agentMark', row, SELECTORS.agentRole)) return { ...base, direction: 'agent', text: words() };
    const system = textOf(row.querySelector(SELECTORS.systemRole));
    if (system) return { ...base, direction: 'system', text: system };
    // No class says whose row it is: a row holding the buyer's uid is theirs, else its alignment tells.
    const side = sideByLayout(unmarkedSide(row));
    const text = words();
    return { ...base, direction: side ?? 'system', text };
  });
}

function readOrder(doc: Document): PageOrder | undefined {
  const orderNo = field(
    'orderNumber',
    () => labelValue(doc.body, SELECTORS.orderLabel)?.match(ORDER_NO_DATED)?.[0],
    () => textAnchor(doc, ORDER_NO_LABELS)?.value?.match(ORDER_NO_DATED)?.[0],
  );
  if (!orderNo) return undefined;
  return {
    orderNo,
    status: labelValue(doc.body, '订单状态：'),
    amount: parseAmount(labelValue(doc.body, '实付：')),
    trackingNo: labelValue(doc.body, '物流单号：'),
  };
}

function read(doc: Document): PageRead | Unreadable {
  if (textOf(doc.body).includes(KICKED_TEXT)) return unreadable('kicked');
  // Without its id the conversation is still found by its timed rows next to the reply box.
  if (!doc.querySelector(SELECTORS.messageList) && (!doc.querySelector(SELECTORS.buyerUid) || conversationRows(doc).length === 0)) return unreadable('unknown-layout', SELECTORS.messageList);
  const uid = doc.querySelector(SELECTORS.buyerUid)?.getAttribute('currentuid') || doc.querySelector<HTMLElement>(SELECTORS.activeSession)?.dataset.random?.split('-')[0];
  const displayName = buyerNameAt(doc, SELECTORS.headerName, shownConversationName);
  if (!uid && !displayName) return unreadable('empty');
  return chatRead({ ...(uid ? { id: uid, idKind: 'uid' as const } : { idKind: 'nick' as const }), displayName }, readMessages(doc, displayName), present([readOrder(doc)]));
}

export const pinduoduoChat = defineChatAdapter(pinduoduoProfile, read, {
  replyBox: SELECTORS.replyInput,
  sendButton: SELECTORS.sendButton,
  // The reply box, the conversation list and the order column the agent works from; bubbles are better left in view.
  keepClear: (doc) =>
    present([
      doc.querySelector('.reply-box') ?? replyBoxNearSend(doc)?.parentElement,
      columnAround(doc.querySelector(SELECTORS.activeSession) ?? conversationList(doc)),
      columnAround(labelElement(doc.body, SELECTORS.orderLabel) ?? labelElement(doc.body, ORDER_NO_LABELS)),
    ]),
  bubbles: `${SELECTORS.buyerRole}, ${SELECTORS.agentRole}`,
});
