import type { Action, CustomerEvent, PromiseKind } from '../model';

export interface CustomerOrder {
  orderNo: string;
  status?: string;
  amount?: number;
  placedAt?: number;
  lastSeen: number;
}

export interface CustomerPromise {
  id: string;
  kind: PromiseKind;
  summary: string;
  dueAt: number;
  createdAt: number;
  by?: string;
  done: boolean;
}

export type CustomerWarning = 'blacklist' | 'complaint' | 'bad_review' | 'cod_refused' | 'gift_given' | 'refund' | 'overdue_promise';

export interface CustomerRecord {
  displayName?: string;
  buyerIds: string[];
  tags: { tag: string; colour?: string }[];
  notes: { note: string; at: number; by?: string }[];
  orders: CustomerOrder[];
  /** Sum of the amounts of distinct orders seen. */
  totalAmount: number;
  contact: { first?: number; last?: number; lastBy?: string; buyerMessages: number; replies: number; sellerRepliedLast: boolean };
  events: { event: CustomerEvent; at: number; orderNo?: string; by?: string }[];
  remarks: number;
  templatesUsed: number;
  findings: number;
  promises: CustomerPromise[];
  warnings: CustomerWarning[];
  /** Newest first, for the expandable timeline. */
  timeline: Action[];
}

const BLACKLIST_TAGS = ['恶意', '黑名单', '恶意/黑名单', 'blacklist'];
const TIMELINE_KINDS = new Set([
  'order.seen',
  'customer.tagged',
  'customer.noted',
  'customer.marked',
  'promise.created',
  'promise.done',
  'remark.saved',
  'message.sent',
  'template.inserted',
  'lint.blocked',
]);

/**
 * Everything the log knows about one buyer, from their actions in any order (the card's single source).
 * No chat text is read: contacts come from message.received / message.sent rows, which hold none.
 */
export function buildCustomerRecord(actions: readonly Action[], now: number): CustomerRecord {
  const sorted = [...actions].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const tags = new Map<string, string | undefined>();
  const orders = new Map<string, CustomerOrder>();
  const promises = new Map<string, CustomerPromise>();
  const record: CustomerRecord = {
    buyerIds: [],
    tags: [],
    notes: [],
    orders: [],
    totalAmount: 0,
    contact: { buyerMessages: 0, replies: 0, sellerRepliedLast: false },
    events: [],
    remarks: 0,
    templatesUsed: 0,
    findings: 0,
    promises: [],
    warnings: [],
    timeline: [],
  };
  const ids = new Set<string>();
  let lastDirection: 'buyer' | 'seller' | undefined;

  for (const a of sorted) {
    const p = a.payload as Record<string, unknown>;
    const by = a.agent?.staffId;
    if (a.buyer?.buyerId) ids.add(a.buyer.buyerId);
    if (a.buyer?.nick) record.displayName = a.buyer.nick;
    switch (a.kind) {
      case 'message.received': {
        const at = typeof p.sentAt === 'number' ? p.sentAt : a.at;
        record.contact.buyerMessages++;
        record.contact.first = Math.min(record.contact.first ?? at, at);
        if (at >= (record.contact.last ?? 0)) lastDirection = 'buyer';
        record.contact.last = Math.max(record.contact.last ?? at, at);
        break;
      }
      case 'message.sent':
        record.contact.replies++;
        record.contact.first = Math.min(record.contact.first ?? a.at, a.at);
        if (a.at >= (record.contact.last ?? 0)) {
          lastDirection = 'seller';
          record.contact.lastBy = by;
        }
        record.contact.last = Math.max(record.contact.last ?? a.at, a.at);
        record.findings += typeof p.findings === 'number' ? p.findings : 0;
        break;
      case 'order.seen': {
        const orderNo = String(p.orderNo);
        const known = orders.get(orderNo);
        orders.set(orderNo, {
          orderNo,
          status: (p.status as string | undefined) ?? known?.status,
          amount: (p.amount as number | undefined) ?? known?.amount,
          placedAt: (p.placedAt as number | undefined) ?? known?.placedAt,
          lastSeen: a.at,
        });
        break;
      }
      case 'customer.tagged':
        if (p.op === 'remove') tags.delete(String(p.tag));
        else tags.set(String(p.tag), p.colour as string | undefined);
        break;
      case 'customer.noted':
        record.notes.push({ note: String(p.note), at: a.at, by });
        break;
      case 'customer.marked':
        record.events.push({ event: p.event as CustomerEvent, at: a.at, orderNo: p.orderNo as string | undefined, by });
        break;
      case 'promise.created':
        promises.set(String(p.promiseId), { id: String(p.promiseId), kind: p.kind as PromiseKind, summary: String(p.summary), dueAt: Number(p.dueAt), createdAt: a.at, by, done: false });
        break;
      case 'promise.done': {
        const promise = promises.get(String(p.promiseId));
        if (promise) promise.done = true;
        break;
      }
      case 'remark.saved':
        record.remarks++;
        break;
      case 'lint.blocked':
        record.findings++;
        break;
      case 'template.inserted':
        record.templatesUsed++;
        break;
      default:
    }
  }

  record.buyerIds = [...ids];
  record.tags = [...tags].map(([tag, colour]) => ({ tag, ...(colour ? { colour } : {}) }));
  record.orders = [...orders.values()].sort((a, b) => (b.placedAt ?? b.lastSeen) - (a.placedAt ?? a.lastSeen));
  record.totalAmount = record.orders.reduce((sum, o) => sum + (o.amount ?? 0), 0);
  record.contact.sellerRepliedLast = lastDirection === 'seller';
  record.promises = [...promises.values()].sort((a, b) => Number(a.done) - Number(b.done) || a.dueAt - b.dueAt);
  record.warnings = warningsOf(record, now);
  record.notes.reverse();
  record.timeline = sorted
    .filter((a) => TIMELINE_KINDS.has(a.kind))
    .reverse()
    .slice(0, 50);
  return record;
}

function warningsOf(record: CustomerRecord, now: number): CustomerWarning[] {
  const warnings = new Set<CustomerWarning>();
  if (record.tags.some((t) => BLACKLIST_TAGS.includes(t.tag))) warnings.add('blacklist');
  const closed = record.events.filter((e) => e.event === 'complaint_closed').length;
  if (record.events.filter((e) => e.event === 'complaint').length > closed) warnings.add('complaint');
  for (const e of record.events) if (e.event === 'bad_review' || e.event === 'cod_refused' || e.event === 'gift_given' || e.event === 'refund') warnings.add(e.event);
  if (record.promises.some((p) => !p.done && p.dueAt < now)) warnings.add('overdue_promise');
  return [...warnings];
}

export const openPromises = (record: CustomerRecord) => record.promises.filter((p) => !p.done);
