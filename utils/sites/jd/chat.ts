import type { ChatMessage } from '../../model';
import { conversationRows, openConversationName, rowText, sideByAlignment, sideByLayout } from '../fallbacks';
import { productCardByShape } from '../shape-fallbacks';
import { fieldElements, rowHas } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { buyerNameAt, chatRead, defineChatAdapter, shownConversationName } from '../page-adapters';
import { columnAround, parseChinaTime, parseYearlessChinaTime, present, textOf } from '../read';
import { jdProfile } from './profile';

// Evidence: site-evidence.md §4 (a Playwright DOM adapter with a live guard) and site-evidence-2.md §1.4 (the jdchat MV3
// extension): the two agree on the message classes (B+); the buyer pin from the contact row id is B.
const F = pageFields(jdProfile, 'chat', ['buyerName', 'messageRows', 'replyBox', 'sendButton', 'buyerMark', 'agentMark']);
const SELECTORS = {
  chat: '#t-chat-scroll, .chat-scroll-wrap', // B+
  contactList: '#t-alluser-wrap', // B+
  selectedContact: '.alluser-item_check, .t-item-ck, .alluser-item[aria-selected="true"]', // B
  contactName: '.alluser-item-name', // B: title carries the pin
  headName: F.buyerName, // B
  message: F.messageRows, // B+ (inside the chat scroll)
  system: ['message_center', 'message__system'], // B
  messageText: '.message__content, .message__text', // B+
  messageTime: '.message__time_str', // B
  productCard: '.CardWrapper.ProductCard', // B
  input: F.replyBox, // B+
  send: F.sendButton, // B
};
/** Contact row id: `u_<pin><app: imcustomer|imwaiter><venderId>` (site-evidence-2.md §1.4). */
const ROW_ID = /^u_(.+?)(imcustomer|imwaiter)([^:]+)$/;

function buyerPin(doc: Document): string | undefined {
  const row = doc.querySelector(SELECTORS.selectedContact) ?? openConversationName(doc)?.item;
  const fromId = row?.id.match(ROW_ID)?.[1];
  return fromId ?? (row?.querySelector(`${SELECTORS.contactName}, [title]`)?.getAttribute('title') || undefined);
}

function readMessages(chat: Element | null, doc: Document, nick: string | undefined): ChatMessage[] {
  const rows = fieldElements('messageRows', chat ?? doc, SELECTORS.message, () => {
    // The timed rows next to the reply box first: a renamed wrapper inside the scroll would pass for the one row.
    const structural = conversationRows(doc);
    return structural.length ? structural : [...doc.querySelectorAll('#t-chat-scroll > [id]')];
  }) as HTMLElement[];
  return rows.map((el): ChatMessage => {
    const marked = SELECTORS.system.some((c) => el.classList.contains(c)) ? 'system' : rowHas('buyerMark', el, F.buyerMark) ? 'buyer' : rowHas('agentMark', el, F.agentMark) ? 'agent' : undefined;
    const direction = marked ?? sideByLayout(sideByAlignment(el)) ?? 'system';
    const card = el.querySelector(SELECTORS.productCard) ?? productCardByShape(el);
    const text = textOf(el.querySelector(SELECTORS.messageText)) || (card ? `[商品] ${textOf(card)}` : rowText(el, [nick]));
    const time = textOf(el.querySelector(SELECTORS.messageTime));
    const at = parseChinaTime(time) ?? parseYearlessChinaTime(time) ?? parseChinaTime(textOf(el)) ?? parseYearlessChinaTime(textOf(el));
    return { ...(el.id ? { id: el.id } : {}), direction, text, ...(at ? { at } : {}) };
  });
}

function read(doc: Document): PageRead | Unreadable {
  const chat = doc.querySelector(SELECTORS.chat);
  // Renamed containers: the conversation is still found by its timed rows next to the reply box.
  const structural = !chat && !doc.querySelector(SELECTORS.contactList) ? conversationRows(doc) : [];
  if (!chat && !doc.querySelector(SELECTORS.contactList) && structural.length === 0) return unreadable('unknown-layout', SELECTORS.chat);
  const pin = buyerPin(doc);
  const displayName = buyerNameAt(doc, SELECTORS.headName, shownConversationName);
  if (!chat && !pin && !displayName) return unreadable('unknown-layout', SELECTORS.chat);
  if ((!chat && structural.length === 0) || (!pin && !displayName)) return unreadable('empty');
  return chatRead(pin ? { idKind: 'uid', id: pin, ...(displayName ? { displayName } : {}) } : { idKind: 'nick', displayName: displayName! }, readMessages(chat, doc, displayName ?? pin));
}

export const jdChat = defineChatAdapter(jdProfile, read, {
  replyBox: SELECTORS.input,
  sendButton: SELECTORS.send,
  keepClear: (doc) =>
    present([doc.querySelector(SELECTORS.input)?.parentElement, doc.querySelector(SELECTORS.send), columnAround(doc.querySelector(SELECTORS.contactList)) ?? doc.querySelector(SELECTORS.contactList)]),
  bubbles: `:is(${SELECTORS.chat}) ${SELECTORS.message}`,
});
