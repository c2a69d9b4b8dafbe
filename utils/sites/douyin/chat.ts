import type { ChatMessage, PageOrder } from '../../model';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { chatRead, defineChatAdapter } from '../page-adapters';
import { rowText, sideOfRow } from '../fallbacks';
import { field, fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { columnAround, labelValue, ORDER_NO_19_DIGITS, parseAmount, present, textOf, uniqueMatch } from '../read';
import { douyinProfile } from './profile';

// Evidence: site-evidence.md §3 "Feige chat DOM" (eCan feige_chat/dom_assets.py; Feige emulation after the
// 2026-06-02 redesign; several automation scripts for the input and send hooks).
const F = pageFields(douyinProfile, 'chat', ['buyerName', 'messageRows', 'replyBox', 'sendButton', 'buyerMark', 'agentMark']);
const SELECTORS = {
  topbar: '#topbar-left-info', // real id; first leaf text that is not the 添加备注 affordance
  topbarLeaves: F.buyerName,
  message: F.messageRows, // sic: "warpper" is in the real DOM
  mine: F.agentMark,
  theirs: F.buyerMark,
  messageText: 'pre',
  input: F.replyBox,
  sendButton: F.sendButton,
  // Order side panel: real selectors unconfirmed (§3); read by role and text anchors.
  orderPanel: 'section[role="tabpanel"]',
  conversation: '[data-qa-id="qa-conversation-chat-item"]',
};
const REMARK_AFFORDANCE = '添加备注';

function topbarName(doc: Document): string | undefined {
  for (const leaf of doc.querySelectorAll(SELECTORS.topbarLeaves)) {
    if (leaf.children.length > 0) continue;
    const text = textOf(leaf);
    if (text && text !== REMARK_AFFORDANCE) return text;
  }
  return undefined;
}

/** The top bar's name; else the reply box's placeholder "发送给 <昵称>，使用Enter 发送消息". */
const buyerName = (doc: Document) =>
  field(
    'buyerName',
    () => topbarName(doc),
    () => doc.querySelector<HTMLTextAreaElement>('textarea[placeholder^="发送给"]')?.placeholder.match(/^发送给\s*(.+?)，/)?.[1],
  );

function readMessages(doc: Document): ChatMessage[] {
  return (fieldElements('messageRows', doc, SELECTORS.message, () => [...doc.querySelectorAll('[data-msg-id]')]) as HTMLElement[]).map((el): ChatMessage => {
    const text = textOf(el.querySelector(SELECTORS.messageText)) || rowText(el);
    const id = el.dataset.msgId;
    const direction = sideOfRow(el, { agent: SELECTORS.mine, buyer: SELECTORS.theirs }, 'system');
    return { ...(id ? { id } : {}), direction, text };
  });
}

function readOrder(doc: Document): PageOrder | undefined {
  const panel = doc.querySelector(SELECTORS.orderPanel);
  const orderNo = panel ? uniqueMatch(textOf(panel), ORDER_NO_19_DIGITS) : undefined;
  if (!panel || !orderNo) return undefined;
  return {
    orderNo,
    status: labelValue(panel, '订单状态：'),
    amount: parseAmount(labelValue(panel, '实付金额：')),
    trackingNo: labelValue(panel, '物流单号：'),
  };
}

function read(doc: Document): PageRead | Unreadable {
  if (!doc.querySelector(SELECTORS.topbar) && !doc.querySelector(SELECTORS.input)) return unreadable('unknown-layout', SELECTORS.topbar);
  const displayName = buyerName(doc);
  if (!displayName) return unreadable('empty');
  // Feige shows no buyer id in the DOM (§3): the nickname is the only key.
  return chatRead({ idKind: 'nick', displayName }, readMessages(doc), present([readOrder(doc)]));
}

export const douyinChat = defineChatAdapter(douyinProfile, read, {
  replyBox: SELECTORS.input,
  sendButton: SELECTORS.sendButton,
  // The composer and send button, the conversation list and the order side panel; bubbles are better left in view.
  keepClear: (doc) =>
    present([
      doc.querySelector(SELECTORS.input)?.parentElement,
      doc.querySelector(SELECTORS.sendButton),
      columnAround(doc.querySelector(SELECTORS.conversation)),
      doc.querySelector(SELECTORS.orderPanel),
    ]),
  bubbles: SELECTORS.message,
});
