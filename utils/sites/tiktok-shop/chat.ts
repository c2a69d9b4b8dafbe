import type { ChatMessage } from '../../model';
import { rowText, sideOfRow } from '../fallbacks';
import { fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { buyerNameAt, chatRead, defineChatAdapter } from '../page-adapters';
import { columnAround, present, textOf } from '../read';
import { tiktokShopProfile } from './profile';

// Evidence: site-evidence-2.md §1.5 — a Playwright/CDP bridge (B): data-testid hooks and the chatd-* IM kit. The
// chatd kit is the one Douyin 飞鸽 ships, but our Feige adapter reads Feige's qa-* hooks, not chatd classes, so there
// is no reading code the two really share yet. The buyer id (contact.pigeonUid) lives in React props in the page's
// own world; reading it would need a main-world script, so the name stands in and the profile says the id is weak.
// The reply box has no selector of its own: it is the editor beside the send button (composer below).
const F = pageFields(tiktokShopProfile, 'chat', ['buyerName', 'messageRows', 'sendButton', 'buyerMark', 'agentMark']);
const SELECTORS = {
  conversation: '[data-testid="chat.chatroom.conversation_card"]', // B
  message: F.messageRows, // B
  buyerBubble: F.buyerMark, // B
  anyBubble: F.agentMark, // B: any bubble not the buyer's
  send: F.sendButton, // B
};

/** The composer: the one textarea or contenteditable that shares an ancestor with the send button (as the source finds it). */
function composer(doc: Document): HTMLElement | null {
  for (let node = doc.querySelector(SELECTORS.send)?.parentElement; node; node = node.parentElement) {
    const box = node.querySelector<HTMLElement>('textarea, [contenteditable="true"]');
    if (box) return box;
  }
  return null;
}

function readMessages(doc: Document): ChatMessage[] {
  const cards = fieldElements('messageRows', doc, SELECTORS.message);
  // The shop's mark is "any bubble that is not the buyer's": once the buyer's modifier is renamed it marks every row,
  // so a conversation of several rows where none is the buyer's is read by alignment.
  const buyerMarkLost = cards.length > 1 && !cards.some((card) => card.matches(`${SELECTORS.buyerBubble}, :has(${SELECTORS.buyerBubble})`));
  const marks = buyerMarkLost ? {} : { buyer: SELECTORS.buyerBubble, agent: SELECTORS.anyBubble };
  return cards.map((card): ChatMessage => {
    const direction = sideOfRow(card, marks, 'system');
    return { direction, text: textOf(card.querySelector('.chatd-message')) || rowText(card) };
  });
}

function read(doc: Document): PageRead | Unreadable {
  if (!doc.querySelector(SELECTORS.send) && !doc.querySelector(SELECTORS.conversation)) return unreadable('unknown-layout', SELECTORS.send);
  const name = buyerNameAt(doc, F.buyerName);
  if (!name) return unreadable('empty');
  return chatRead({ idKind: 'nick', displayName: name }, readMessages(doc));
}

export const tiktokShopChat = defineChatAdapter(tiktokShopProfile, read, {
  replyBox: composer,
  sendButton: SELECTORS.send,
  keepClear: (doc) => present([composer(doc)?.parentElement, doc.querySelector(SELECTORS.send), columnAround(doc.querySelector(SELECTORS.conversation))]),
  bubbles: SELECTORS.message,
});
