import { isWaiting, type Action, type BuyerRef, type CaseResolution, type CaseStatus } from '../model';

/** One complaint or after-sales case as its `case.*` rows leave it. */
export interface CaseView {
  id: string;
  buyer?: BuyerRef;
  site?: string;
  orderNo?: string;
  category: string;
  wants: string;
  evidence: 'none' | 'asked' | 'received';
  /** The first person asked, unless reassigned with a reason. */
  owner?: string;
  openedBy?: string;
  openedAt: number;
  status: CaseStatus;
  firstReplyDueAt: number;
  /** Our first reply to the buyer after the case opened, when the rows given include the buyer's messages. */
  firstReplyAt?: number;
  resolveDueAt: number;
  resolvedAt?: number;
  resolution?: CaseResolution;
  visitDueAt?: number;
  visitedAt?: number;
  visit?: 'done' | 'skipped';
  closedAt?: number;
  /** What is due next and when, for an unclosed case. */
  next?: { what: 'firstReply' | 'resolve' | 'visit' | 'close'; at: number };
  overdue: boolean;
  history: { at: number; kind: string; by?: string; detail?: string }[];
  /** Rows that broke the order (a visit before a resolution, a close before the visit): kept in history, not applied. */
  ignored: number;
}

type P = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Every case in the rows, folded in time order (rows may come in any order, from several devices). A row that does
 * not fit the case's state machine (open → waiting… → resolved → visited → closed) is recorded and skipped.
 */
export function buildCases(actions: readonly Action[], now: number, { withReplies = true } = {}): CaseView[] {
  const sorted = [...actions].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const cases = new Map<string, CaseView>();
  const replies: Action[] = [];
  for (const a of sorted) {
    if (a.kind === 'message.sent') replies.push(a);
    if (!a.kind.startsWith('case.')) continue;
    const p = a.payload as P;
    const id = str(p.caseId);
    if (!id) continue;
    const by = a.agent?.staffId;
    if (a.kind === 'case.opened') {
      if (cases.has(id)) continue;
      cases.set(id, {
        id,
        buyer: a.buyer,
        site: a.site,
        orderNo: str(p.orderNo),
        category: str(p.category) ?? '一般',
        wants: str(p.wants) ?? '',
        evidence: (str(p.evidence) as CaseView['evidence']) ?? 'none',
        owner: by,
        openedBy: by,
        openedAt: a.at,
        status: 'open',
        firstReplyDueAt: Number(p.firstReplyDueAt),
        resolveDueAt: Number(p.resolveDueAt),
        overdue: false,
        history: [{ at: a.at, kind: a.kind, by, detail: str(p.wants) }],
        ignored: 0,
      });
      continue;
    }
    const c = cases.get(id);
    if (!c) continue;
    if (!apply(c, a, p, by)) c.ignored++;
  }
  for (const c of cases.values()) finish(c, withReplies ? replies : undefined, now);
  return [...cases.values()].sort((a, b) => b.openedAt - a.openedAt);
}

function apply(c: CaseView, a: Action, p: P, by: string | undefined): boolean {
  // A history line, its detail the parts the action named joined by ' · '.
  const note = (...parts: (string | undefined)[]) => {
    const detail = parts.filter(Boolean).join(' · ');
    c.history.push({ at: a.at, kind: a.kind, by, ...(detail ? { detail } : {}) });
  };
  switch (a.kind) {
    case 'case.updated': {
      if (!isWaiting(c.status)) return false;
      if (str(p.status)) c.status = p.status as CaseStatus;
      if (str(p.evidence)) c.evidence = p.evidence as CaseView['evidence'];
      note(str(p.status), str(p.evidence), str(p.note));
      return true;
    }
    case 'case.reassigned':
      if (c.status === 'closed' || !str(p.to)) return false;
      note(`${c.owner ?? '—'} → ${str(p.to)}: ${str(p.reason) ?? ''}`);
      c.owner = str(p.to);
      return true;
    case 'case.resolved':
      if (!isWaiting(c.status)) return false;
      c.status = 'resolved';
      c.resolvedAt = a.at;
      c.resolution = p.resolution as CaseResolution;
      c.visitDueAt = Number(p.visitDueAt);
      note(str(p.resolution), str(p.note));
      return true;
    case 'case.visited':
      if (c.status !== 'resolved') return false;
      c.status = 'visited';
      c.visitedAt = a.at;
      c.visit = p.outcome === 'skipped' ? 'skipped' : 'done';
      note(str(p.outcome), str(p.reason));
      return true;
    case 'case.closed':
      if (c.status !== 'visited') return false;
      c.status = 'closed';
      c.closedAt = a.at;
      note();
      return true;
    default:
      return false;
  }
}

/** `replies` undefined: the rows hold no messages, so the first-reply stage is not judged. */
function finish(c: CaseView, replies: readonly Action[] | undefined, now: number): void {
  const reply = replies?.find((r) => r.at >= c.openedAt && sameBuyer(r.buyer, c.buyer));
  if (reply) c.firstReplyAt = reply.at;
  if (c.status === 'closed') return;
  if (replies && !c.firstReplyAt && isWaiting(c.status)) c.next = { what: 'firstReply', at: c.firstReplyDueAt };
  else if (isWaiting(c.status)) c.next = { what: 'resolve', at: c.resolveDueAt };
  else if (c.status === 'resolved') c.next = { what: 'visit', at: c.visitDueAt ?? c.resolvedAt ?? now };
  else c.next = { what: 'close', at: c.visitedAt ?? now };
  c.overdue = c.next.what !== 'close' && c.next.at < now;
}

const sameBuyer = (a: BuyerRef | undefined, b: BuyerRef | undefined) => !!a && !!b && a.site === b.site && a.shop === b.shop && (a.buyerId && b.buyerId ? a.buyerId === b.buyerId : a.nick === b.nick);

/** Cases still needing work, the one due soonest first. */
export const openCases = (cases: readonly CaseView[]) => cases.filter((c) => c.status !== 'closed').sort((a, b) => (a.next?.at ?? 0) - (b.next?.at ?? 0));
