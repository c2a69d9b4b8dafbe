import { computed, effect, signal } from '@preact/signals-react';
import { newCaseDueTimes, newCaseId } from '../cases/open-case';
import { waitingState } from '../customer/waiting';
import { logAction, onLogged } from '../log/log-action';
import { DEFAULT_CASE_POLICY, type ChatMessage, type PageBuyer } from '../model';
import { conversationKey } from '../qa/conversation-key';
import { DEFAULT_QA_SCORECARD } from '../model/default-qa-scorecard';
import { riskOfMessages } from '../qa/risk';
import { scoreReply, weightedScore } from '../qa/score-reply';
import { settings, teamRules } from '../state/settings';
import { casePolicyStore } from '../storage';
import { qaScorecardStore } from '../storage/policy-items';
import { platformLimitMs } from '../team-live/sla';
import { buyerMessageKeys } from './message-observer';
import type { PageSession } from './page-session';

const RISK_CATEGORY = { regulator: '紧急', review: '服务', complaint: '服务', refund: '一般', abuse: '服务' } as const;

/**
 * Scores each reply the send guard lets through against the shop's QA scorecard, on this device, and logs the results
 * (`qa.scored`, never the text); when the agent moves on to another buyer, or leaves the page, the round is closed with
 * whether a buyer was left unanswered. Also triages what the waiting buyer wrote for risk, with one click to a case.
 */
export function startQaScoring(session: PageSession, stop: AbortSignal) {
  const { adapter } = session;
  const card = signal(DEFAULT_QA_SCORECARD);
  const unwatchCard = qaScorecardStore.follow((c) => (card.value = c));
  const casePolicy = signal(DEFAULT_CASE_POLICY);
  const unwatchCases = casePolicyStore.follow((p) => (casePolicy.value = p));
  const limitMs = platformLimitMs(adapter.profile);
  const firstSeen = new Map<string, number>();

  const unanswered = computed(() => {
    const result = session.snapshot.value;
    if (!result.ok) return [] as ChatMessage[];
    const msgs = result.snapshot.messages;
    const lastAgent = msgs.findLastIndex((m) => m.direction === 'agent');
    return msgs.slice(lastAgent + 1).filter((m) => m.direction === 'buyer');
  });
  const risk = computed(() => riskOfMessages(unanswered.value.map((m) => m.text)));
  const caseOpened = signal(false);

  // When each buyer message was first seen (for pages that show no times).
  const stopSeen = effect(() => {
    const result = session.snapshot.value;
    if (!result.ok) return;
    for (const { key } of buyerMessageKeys(result.snapshot.messages)) if (!firstSeen.has(key)) firstSeen.set(key, Date.now());
  });

  let pending: { findings: number } | undefined;
  let overridden = false;
  const unlisten = onLogged((draft) => {
    if (draft.kind === 'lint.overridden') overridden = true;
    if (draft.kind === 'message.sent') pending = { findings: (draft.payload as { findings: number }).findings };
  });

  /** The conversation replies were scored in, to close its round when the page moves on. */
  // `answered`: the buyer messages the page showed when we last replied; one not among them at the end went unanswered.
  let open: { key: string; buyer: PageBuyer; answered: Set<string>; lastMessages: readonly ChatMessage[] } | undefined;
  const closeRound = () => {
    if (!open) return;
    const { key, buyer, answered, lastMessages } = open;
    open = undefined;
    caseOpened.value = false;
    const left = buyerMessageKeys(lastMessages).some(({ key: k }) => !answered.has(k));
    logAction('qa.scored', { conversation: key, scope: 'round', results: { noUnanswered: left ? 'fail' : 'pass' } }, { buyer });
  };
  const stopFollow = effect(() => {
    const result = session.snapshot.value;
    if (!result.ok || !open) return;
    const buyer = result.snapshot.buyer;
    const key = buyer && conversationKey(adapter.site, { id: buyer.id, nick: buyer.displayName }, Date.now());
    if (key !== open.key) closeRound();
    else open.lastMessages = result.snapshot.messages;
  });

  const unReply = session.onReplySent((text) => {
    const sent = pending;
    const wasOverridden = overridden;
    pending = undefined;
    overridden = false;
    const result = session.snapshot.peek();
    if (!result.ok || !sent) return;
    const { buyer, messages, orders } = result.snapshot;
    const now = Date.now();
    const key = buyer && conversationKey(adapter.site, { id: buyer.id, nick: buyer.displayName }, now);
    if (!buyer || !key) return;
    const keys = new Map(buyerMessageKeys(messages).map(({ message, key: k }) => [message, k]));
    const waiting = waitingState(messages, (m) => m.at ?? firstSeen.get(keys.get(m) ?? '') ?? now);
    const scored = scoreReply({
      reply: text,
      messages,
      sentAt: now,
      limitMs,
      buyerName: buyer.displayName,
      names: orders.flatMap((o) => [o.orderNo, ...(o.trackingNo ? [o.trackingNo] : [])]),
      findings: sent.findings,
      overridden: wasOverridden,
      scorecard: card.peek(),
      ...(waiting.since !== undefined ? { waitingSince: waiting.since } : {}),
    });
    const score = weightedScore(scored.results, card.peek());
    logAction('qa.scored', {
      conversation: key,
      scope: 'reply',
      results: scored.results,
      ...(score !== undefined ? { score } : {}),
      ...(scored.risk ? { risk: scored.risk.kind, cue: scored.risk.cue.slice(0, 40) } : {}),
    });
    if (open && open.key !== key) closeRound();
    open = { key, buyer, answered: new Set(keys.values()), lastMessages: messages };
  });

  const onHide = () => closeRound();
  addEventListener('pagehide', onHide);
  stop.addEventListener('abort', () => {
    closeRound();
    removeEventListener('pagehide', onHide);
    unwatchCard();
    unwatchCases();
    stopSeen();
    stopFollow();
    unlisten();
    unReply();
  });

  return {
    risk,
    caseOpened,
    /** One click: a case for the risky buyer, its category from the risk (the agent edits it in the case panel). */
    openCase(): boolean {
      const found = risk.peek();
      if (!found || !settings.value.agent?.staffId) return false;
      const lateSec = (teamRules.value.waitThresholds[adapter.site] ?? adapter.profile.waitThreshold).lateSec;
      const result = session.snapshot.peek();
      const orderNo = result.ok ? result.snapshot.activeOrderNo : undefined;
      const cue = found.kind === 'review' ? 'review' : found.kind === 'refund' ? 'refund' : 'complaint';
      logAction('case.opened', {
        caseId: newCaseId(),
        category: RISK_CATEGORY[found.kind],
        wants: '',
        evidence: 'none',
        ...(orderNo ? { orderNo } : {}),
        ...newCaseDueTimes(casePolicy.peek(), Date.now(), lateSec, cue),
      });
      caseOpened.value = true;
      void session.buyerLog.refresh();
      return true;
    },
  };
}

export type QaScoring = ReturnType<typeof startQaScoring>;
