import type { ChatMessage, PageOrder } from '../../model';
import { conversationList, conversationRows, rowText, sideOfRow } from '../fallbacks';
import { orderNumbersOutside, productCardByShape } from '../shape-fallbacks';
import { field, fieldElements, selectAll } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { buyerNameAt, chatRead, defineChatAdapter, shownConversationName } from '../page-adapters';
import { columnAround, ORDER_NO_LABELS, present, textAnchor, textOf } from '../read';
import { wechatStoreProfile } from './profile';

// Evidence: site-evidence-2.md §1.3 — a Playwright bot and an Electron preload agree on the workbench (B); the
// order panel is B-; the API-mode notice's wording is not evidenced (D, matched by its key words).
const F = pageFields(wechatStoreProfile, 'chat', ['buyerName', 'messageRows', 'replyBox', 'sendButton', 'agentMark']);
const SELECTORS = {
  loggedIn: '.menu-list-tab', // B
  loginExpired: '.login__type__container', // B
  sessionRow: '.session-item-container[data-room-id]', // B
  sessionName: '.user-nickname', // B
  buyerName: F.buyerName, // B
  message: F.messageRows, // B: agent rows are .justify-end
  messageText: '.text-msg', // B
  productCard: 'a.order-msg-block p', // B
  image: 'img[data-type="image"]', // B
  input: F.replyBox, // B
  sendButton: F.sendButton, // C: not in the evidence; the button whose text is 发送
  orderStatus: '.order-status[data-wording]', // B-
  orderNo: '.order-id-wrap .num', // B-
};
const EXPIRED_TEXT = ['登录超时，请重新登录', '扫码进入我的小店'];
/** The official guide: in 自研客服 API mode new chats go through the API, not the workbench. Wording on the page is D. */
const API_MODE = /(自研客服|API\s*(模式|通道|接入))/;

/** The open conversation's room id: the session row with the header's name (unique), or the URL's roomId. */
function roomId(doc: Document, name: string): string | undefined {
  const fromUrl = new URL(doc.URL || 'https://store.weixin.qq.com/').searchParams.get('roomId');
  if (fromUrl) return fromUrl;
  const rows = [...doc.querySelectorAll<HTMLElement>(`${SELECTORS.sessionRow}, [data-room-id]`)].filter(
    (r) =>
      textOf(r.querySelector(SELECTORS.sessionName)) === name ||
      (!r.querySelector(SELECTORS.sessionName) && [...r.querySelectorAll('*')].some((el) => el.children.length === 0 && textOf(el) === name)),
  );
  return rows.length === 1 ? rows[0]!.dataset.roomId : undefined;
}

function readMessages(doc: Document): ChatMessage[] {
  return messageRows(doc).map((el): ChatMessage => {
    const card = el.querySelector(SELECTORS.productCard) ?? productCardByShape(el);
    const text = textOf(el.querySelector(SELECTORS.messageText)) || (card ? `[商品] ${textOf(card)}` : el.querySelector(SELECTORS.image) ? '[图片]' : rowText(el));
    return { direction: sideOfRow(el, { agent: F.agentMark }, 'buyer') === 'agent' ? 'agent' : 'buyer', text };
  });
}

const messageRows = (doc: Document) =>
  fieldElements('messageRows', doc, SELECTORS.message, () => {
    const withIds = [...doc.querySelectorAll('[data-msg-id]')];
    return withIds.length ? withIds : conversationRows(doc);
  });

/** The one order id outside the conversation and the session list (the order column), whatever its label. */
function orderOutside(doc: Document): string | undefined {
  const rows = messageRows(doc);
  const found = orderNumbersOutside(doc, /(?<!\d)(\d{16,22})(?!\d)/, [rows[0]?.parentElement ?? undefined, conversationList(doc)]);
  return found.length === 1 ? found[0] : undefined;
}

function readOrder(doc: Document): PageOrder | undefined {
  const orderNo = field(
    'orderNumber',
    () => textOf(doc.querySelector(SELECTORS.orderNo)).match(/\d{10,25}/)?.[0],
    () => textAnchor(doc, ORDER_NO_LABELS)?.value?.match(/\d{10,25}/)?.[0] ?? orderOutside(doc),
  );
  if (!orderNo) return undefined;
  return { orderNo, status: doc.querySelector(SELECTORS.orderStatus)?.getAttribute('data-wording') || undefined };
}

function read(doc: Document): PageRead | Unreadable {
  const body = textOf(doc.body);
  if (doc.querySelector(SELECTORS.loginExpired) || EXPIRED_TEXT.some((t) => body.includes(t))) return unreadable('session-expired');
  if (!doc.querySelector(`${SELECTORS.loggedIn}, [data-room-id]`)) return unreadable('unknown-layout', SELECTORS.loggedIn);
  const name = buyerNameAt(doc, SELECTORS.buyerName, shownConversationName) ?? '';
  if (!name) return API_MODE.test(body) ? unreadable('not-receiving') : unreadable('empty');
  const id = roomId(doc, name);
  // The room id stands for the buyer (the openid is only in the page's API); without it the nickname is the key.
  return chatRead(id ? { idKind: 'uid', id, displayName: name } : { idKind: 'nick', displayName: name }, readMessages(doc), present([readOrder(doc)]));
}

export const wechatStoreChat = defineChatAdapter(wechatStoreProfile, read, {
  replyBox: SELECTORS.input,
  sendButton: (doc) => (selectAll(doc, SELECTORS.sendButton)[0] as HTMLElement | undefined) ?? null,
  keepClear: (doc) => present([doc.querySelector('.chat-input'), columnAround(doc.querySelector(SELECTORS.sessionRow)), columnAround(doc.querySelector(SELECTORS.orderNo))]),
  bubbles: SELECTORS.message,
});
