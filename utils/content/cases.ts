import { computed, signal } from '@preact/signals-react';
import { buildCases, openCases } from '../cases/case-state';
import { caseCue, categoryFor, newCaseDueTimes, newCaseId, visitDueAt } from '../cases/open-case';
import { logAction } from '../log/log-action';
import { BUILT_IN_CASE_CATEGORIES, type ActionKind, type ActionPayload, type CaseResolution, type WaitingStatus } from '../model';
import { settings, teamRules } from '../state/settings';
import { casePolicyStore } from '../storage';
import type { PageSession } from './page-session';
import { storedSignal } from './stored-signal';

const CLOCK_MS = 1000;

/**
 * The page buyer's complaint and after-sales cases, folded from the log (utils/cases/), the offer to open one when
 * the buyer's messages call for it, and every step logged as a `case.*` row under the agent who took it.
 */
export function startCases(session: PageSession, stop: AbortSignal) {
  const { adapter, buyerLog } = session;
  const { value: policy, release: unwatch } = storedSignal(casePolicyStore);
  const now = signal(Date.now());
  const clock = setInterval(() => (now.value = Date.now()), CLOCK_MS);
  stop.addEventListener('abort', () => {
    clearInterval(clock);
    unwatch();
  });

  const cases = computed(() => {
    const state = buyerLog.state.value;
    return state.status === 'ready' ? buildCases(state.actions, now.value) : [];
  });
  const open = computed(() => openCases(cases.value));
  const cue = computed(() => {
    const result = session.snapshot.value;
    if (!result.ok) return undefined;
    const marked = buyerLog.state.value.status === 'ready' && buyerLog.state.value.record.events.some((e) => e.event === 'complaint' && e.at > Date.now() - 86_400_000);
    return caseCue(result.snapshot.messages.filter((m) => m.direction === 'buyer').map((m) => m.text)) ?? (marked ? 'complaint' : undefined);
  });
  /** An offer to open a case: the buyer's messages call for one and none is open. */
  const offer = computed(() => (open.value.length === 0 ? cue.value : undefined));
  const categories = computed(() => [...BUILT_IN_CASE_CATEGORIES, ...policy.value.categories.filter((c) => !(BUILT_IN_CASE_CATEGORIES as readonly string[]).includes(c))]);

  const record = <K extends ActionKind>(kind: K, payload: ActionPayload<K>) => {
    logAction(kind, payload);
    void buyerLog.refresh();
  };
  const activeOrderNo = () => {
    const result = session.snapshot.value;
    return result.ok ? result.snapshot.activeOrderNo : undefined;
  };

  return {
    cases,
    open,
    offer,
    now,
    categories,
    suggestedCategory: computed(() => categoryFor(cue.value)),
    /** False when no agent is set: a case needs an owner. */
    openCase(input: { category: string; wants: string; evidence: 'none' | 'asked' | 'received' }): boolean {
      if (!settings.value.agent?.staffId) return false;
      const lateSec = (teamRules.value.waitThresholds[adapter.site] ?? adapter.profile.waitThreshold).lateSec;
      const orderNo = activeOrderNo();
      record('case.opened', {
        caseId: newCaseId(),
        category: input.category,
        wants: input.wants.trim().slice(0, 200),
        evidence: input.evidence,
        ...(orderNo ? { orderNo } : {}),
        ...newCaseDueTimes(policy.value, Date.now(), lateSec, cue.value),
      });
      return true;
    },
    setStatus: (caseId: string, status: WaitingStatus) => record('case.updated', { caseId, status }),
    setEvidence: (caseId: string, evidence: 'none' | 'asked' | 'received') => record('case.updated', { caseId, evidence }),
    reassign: (caseId: string, to: string, reason: string) => record('case.reassigned', { caseId, to: to.trim(), reason: reason.trim() }),
    resolve: (caseId: string, resolution: CaseResolution) => record('case.resolved', { caseId, resolution, visitDueAt: visitDueAt(policy.value, Date.now()) }),
    visit: (caseId: string, outcome: 'done' | 'skipped', reason?: string) => record('case.visited', { caseId, outcome, ...(reason?.trim() ? { reason: reason.trim() } : {}) }),
    close: (caseId: string) => record('case.closed', { caseId }),
  };
}

export type CasesApi = ReturnType<typeof startCases>;
