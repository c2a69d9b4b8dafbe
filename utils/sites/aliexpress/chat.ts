import type { ChatMessage, PageOrder } from '../../model';
import { conversationList, conversationRows, replyBoxNearSend, sideOfRow } from '../fallbacks';
import { orderNumbersOutside } from '../shape-fallbacks';
import { field, fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { buyerNameAt, chatRead, defineChatAdapter } from '../page-adapters';
import { columnAround, present, textAt, textOf } from '../read';
import { aliexpressProfile } from './profile';

// Evidence (docs/site-evidence-cross-border.md §1): a 2026 Selenium bot on csp …/ai-im/im (B: session list, message
// rows with `self` on the seller's, reply textarea, send icon, right-hand buyer panel with CSS-module names and order
// cards) and two older bots on the same IM kit (im-message-input-*, .im-icon-paper-plane, .message-fields__autosize) —
// B+ for the reply box and send. Which conversation is open has no hook: modelled as ARIA selected (D).
const F = pageFields(aliexpressProfile, 'chat', ['buyerName', 'messageRows', 'replyBox', 'sendButton', 'agentMark']);
const SELECTORS = {
  session: '.im-session-item', // B
  sessionName: '.im-session-item-name-content b', // B
  message: F.messageRows, // B
  agent: F.agentMark, // B: the source tests `"self" in class`
  input: F.replyBox, // B+
  send: F.sendButton, // B+
  inputArea: '.im-message-input, .im-message-box-addon-after', // B
  buyerPanel: '[class*="info__"]', // B- (CSS-module name)
  orderCard: '[class*="im-order-card"]', // B
  orderStatus: '.im-order-card-status', // B
  orderSubtitle: '.im-order-card-subtitle', // B: order id first, then the creation time
};
/** The platform's machine translation signs each translated message (the source strips these). */
const TRANSLATION_MARKS = /\s*(?:by Alibaba Auto Translation|Translated by Alibaba|由阿里AI翻译|Auto Translation)\s*/g;
/** AliExpress order ids: 16 digits (8209013605484399 in the source). */
export const AE_ORDER_NO = /(?<!\d)(\d{15,19})(?!\d)/;

function readMessages(doc: Document, rows = fieldElements('messageRows', doc, SELECTORS.message, () => conversationRows(doc))): ChatMessage[] {
  return rows.map((row): ChatMessage => ({
    direction: sideOfRow(row, { agent: SELECTORS.agent }, 'buyer') === 'agent' ? 'agent' : 'buyer',
    text: textOf(row).replace(TRANSLATION_MARKS, ' ').trim(),
  }));
}

function readOrders(doc: Document, messageRows: readonly Element[]): PageOrder[] {
  const cards = [...doc.querySelectorAll(SELECTORS.orderCard)].flatMap((card): PageOrder[] => {
    const orderNo = [...card.querySelectorAll(SELECTORS.orderSubtitle)].map((s) => textOf(s).match(AE_ORDER_NO)?.[1]).find(Boolean);
    return orderNo ? [{ orderNo, status: textAt(card, SELECTORS.orderStatus) }] : [];
  });
  if (cards.length) return cards;
  // Renamed cards: the order ids the buyer panel shows, outside the conversation and the session list.
  const outside = orderNumbersOutside(doc, AE_ORDER_NO, [messageRows[0]?.parentElement ?? undefined, conversationList(doc)]);
  return outside.length
    ? field(
        'orderNumber',
        () => undefined,
        () => outside,
      )!.map((orderNo) => ({ orderNo }))
    : [];
}

function read(doc: Document): PageRead | Unreadable {
  if (!doc.querySelector(SELECTORS.session) && !doc.querySelector(SELECTORS.input) && !replyBoxNearSend(doc)) return unreadable('unknown-layout', SELECTORS.session);
  const name = buyerNameAt(doc, F.buyerName);
  if (!name) return unreadable('empty');
  const rows = fieldElements('messageRows', doc, SELECTORS.message, () => conversationRows(doc));
  const orders = readOrders(doc, rows);
  return chatRead({ idKind: 'nick', displayName: name }, readMessages(doc, rows), orders);
}

export const aliexpressChat = defineChatAdapter(aliexpressProfile, read, {
  replyBox: SELECTORS.input,
  sendButton: SELECTORS.send,
  keepClear: (doc) => present([doc.querySelector(SELECTORS.inputArea), columnAround(doc.querySelector(SELECTORS.session)), doc.querySelector(SELECTORS.buyerPanel)]),
  bubbles: SELECTORS.message,
});
