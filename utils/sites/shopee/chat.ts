import type { ChatMessage, PageOrder } from '../../model';
import { conversationList, selectedConversationName } from '../fallbacks';
import { orderColumn } from '../shape-fallbacks';
import { field, fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { chatRead, defineChatAdapter } from '../page-adapters';
import { columnAround, present, textOf } from '../read';
import { regionOfHost } from '../regions';
import { shopeeProfile } from './profile';

// Evidence: site-evidence-2.md §1.6 — a Vietnamese and an Indonesian extension agree on the data-cy hooks (B); the
// rest of the chat is hashed classes (.XsR3zIeGOc send, C). The buyer's name in the open conversation has no hook:
// it is the first name-like text above the messages (C).
const F = pageFields(shopeeProfile, 'chat', ['buyerName', 'messageRows', 'replyBox', 'sendButton']);
const SELECTORS = {
  detail: F.buyerName, // B: the buyer's name is its first word-like line
  messages: '#messagesContainer', // B
  message: F.messageRows, // B
  received: 'webchat-message-receive', // B (data-cy value)
  sent: 'webchat-message-send', // B
  input: F.replyBox, // B
  sendButton: F.sendButton, // C (hashed)
  sendIcon: '[data-cy="webchat-conversation-detail-input"] svg.chat-icon', // C
  workstation: '#workstation', // B: the right panel (orders)
  conversationRow: 'div.SW7LUhQFDH', // C: hashed, one source
};
/** order_sn: 14 characters, the order date YYMMDD then 8 letters or digits (261005TENXFJXK). */
export const ORDER_SN = /\b(\d{6}[A-Z0-9]{8})\b/g;

function buyerName(detail: Element): string | undefined {
  const stop = detail.querySelector(SELECTORS.messages);
  const walker = detail.ownerDocument.createTreeWalker(detail, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode() as Element | null; node && node !== stop; node = walker.nextNode() as Element | null) {
    if (node.children.length > 0) continue;
    const text = textOf(node);
    if (/^[\w.-]{2,40}$/.test(text)) return text;
  }
  return undefined;
}

function readMessages(doc: Document): ChatMessage[] {
  return (fieldElements('messageRows', doc, SELECTORS.message, () => [...doc.querySelectorAll('[data-cy^="webchat-message"]')]) as HTMLElement[]).map((el): ChatMessage => {
    const kind = el.dataset.cy;
    return { direction: kind === SELECTORS.received ? 'buyer' : kind === SELECTORS.sent ? 'agent' : 'system', text: textOf(el) };
  });
}

function readOrders(doc: Document): PageOrder[] {
  // The right panel without its id: the column around the first order_sn outside the conversation and its list.
  const panel = doc.querySelector(SELECTORS.workstation) ?? orderColumn(doc, new RegExp(ORDER_SN.source), [doc.querySelector(SELECTORS.detail) ?? undefined, conversationList(doc)]);
  const found = panel ? [...textOf(panel).matchAll(ORDER_SN)].map((m) => m[1]!) : [];
  return [...new Set(found)].map((orderNo) => ({ orderNo }));
}

function read(doc: Document): PageRead | Unreadable {
  const detail = doc.querySelector(SELECTORS.detail);
  if (!detail) return doc.querySelector(SELECTORS.workstation) || doc.querySelector('[data-cy^="webchat"]') ? unreadable('empty') : unreadable('unknown-layout', SELECTORS.detail);
  const name = field(
    'buyerName',
    () => buyerName(detail),
    () => selectedConversationName(doc),
  );
  if (!name) return unreadable('empty');
  const market = URL.canParse(doc.URL) ? regionOfHost(shopeeProfile, new URL(doc.URL).hostname)?.code : undefined;
  const orders = readOrders(doc);
  return chatRead({ idKind: 'nick', ...(market ? { id: `${market}/${name}` } : {}), displayName: name }, readMessages(doc), orders);
}

export const shopeeChat = defineChatAdapter(shopeeProfile, read, {
  replyBox: SELECTORS.input,
  sendButton: (doc) => doc.querySelector<HTMLElement>(SELECTORS.sendButton) ?? doc.querySelector(SELECTORS.sendIcon)?.parentElement ?? null,
  keepClear: (doc) =>
    present([doc.querySelector('[data-cy="webchat-conversation-detail-input"]'), doc.querySelector(SELECTORS.workstation), columnAround(doc.querySelector(SELECTORS.conversationRow))]),
  bubbles: SELECTORS.message,
});
