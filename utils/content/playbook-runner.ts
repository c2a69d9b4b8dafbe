import { computed, effect, signal, untracked } from '@preact/signals-react';
import { logAction, onLogged } from '../log/log-action';
import type { Action, Playbook, Template } from '../model';
import { applicablePlaybooks, type PlaybookContext } from '../playbooks/applicable';
import { playbookProgress, type PlaybookProgress } from '../playbooks/progress';
import { playbookTitle } from '../playbooks/playbook-text';
import { settings } from '../state/settings';
import { pendingBuyerText } from '../suggest/pending-buyer';
import { playbookConfigStore, playbooksStore } from '../storage';
import { templatesStore } from '../storage';
import type { PageSession } from './page-session';
import { createReplyWriter, offerReply } from './reply-writer';
import { storedSignal } from './stored-signal';

type LoggedAction = Pick<Action, 'id' | 'kind' | 'payload' | 'at'>;

export interface ActivePlaybook {
  playbook: Playbook;
  /** The order it applies to, on pages that list several. */
  orderNo?: string;
  mandatory: boolean;
  open: boolean;
  progress: PlaybookProgress;
}

const CLOCK_MS = 30_000;

/**
 * Playbooks that apply to the page right now, each a checklist: opened by the agent (or by itself for trainees),
 * steps ticked from the log (a template inserted, a remark saved…), skipped with a reason, completed, escalated.
 */
export function startPlaybooks(session: PageSession, stop: AbortSignal, doc: Document = document) {
  const { buyerLog } = session;
  const canInsert = session.adapter.pageKind === 'chat' && !!session.adapter.chatInput;
  const writer = createReplyWriter(session, doc, 'playbook');
  const templates = signal<Template[]>([]);
  const unwatchTemplates = templatesStore.followInSlices((t) => (templates.value = t));
  const { value: config, release: unwatch } = storedSignal(playbookConfigStore);
  const { value: playbooks, release: unwatchPlaybooks } = storedSignal(playbooksStore);
  const now = signal(Date.now());
  const clock = setInterval(() => (now.value = Date.now()), CLOCK_MS);
  const local = signal<LoggedAction[]>([]);
  const stopListening = onLogged((draft) => (local.value = [...local.value, draft]));
  const opened = signal<Set<string>>(new Set());

  const actions = computed(() => {
    const byId = new Map<string, LoggedAction>();
    const state = buyerLog.state.value;
    for (const a of state.status === 'ready' ? state.actions : []) byId.set(a.id, a);
    for (const a of local.value) byId.set(a.id, a);
    return [...byId.values()];
  });

  const isTrainee = computed(() => settings.value.agent?.role === 'trainee');

  const applicable = computed((): { playbook: Playbook; orderNo?: string }[] => {
    const result = session.snapshot.value;
    if (!result.ok) return [];
    const snap = result.snapshot;
    const buyerText = pendingBuyerText(snap.messages);
    const state = buyerLog.state.value;
    const buyerTags = state.status === 'ready' ? state.record.tags.map((t) => t.tag) : [];
    const base: PlaybookContext = { pageKind: snap.pageKind, buyerText, buyerTags, now: now.value };
    const orders = snap.pageKind === 'orderList' ? snap.orders : snap.orders.filter((o) => !snap.activeOrderNo || o.orderNo === snap.activeOrderNo).slice(0, 1);
    const found = new Map<string, { playbook: Playbook; orderNo?: string }>();
    for (const order of orders.length ? orders : [undefined]) {
      const ctx = { ...base, ...(order ? { orderStatus: order.status, placedAt: order.placedAt } : {}) };
      for (const playbook of applicablePlaybooks(playbooks.value, ctx, config.value.numbers)) {
        if (!found.has(playbook.id)) found.set(playbook.id, { playbook, ...(order && snap.pageKind === 'orderList' ? { orderNo: order.orderNo } : {}) });
      }
    }
    return [...found.values()];
  });

  const active = computed((): ActivePlaybook[] =>
    applicable.value.map(({ playbook, orderNo }) => {
      const progress = playbookProgress(playbook, actions.value);
      const mandatory = isTrainee.value && config.value.mandatory.includes(playbook.id);
      return { playbook, ...(orderNo ? { orderNo } : {}), mandatory, open: opened.value.has(playbook.id), progress };
    }),
  );

  function open(playbookId: string, auto: boolean): void {
    if (opened.value.has(playbookId)) return;
    opened.value = new Set([...opened.value, playbookId]);
    const current = active.value.find((a) => a.playbook.id === playbookId);
    if (current && (current.progress.startedAt === undefined || current.progress.completedLogged)) logAction('playbook.started', { playbookId, auto });
  }

  // A trainee with a mandatory playbook not yet complete keeps the panel open.
  const stopHolding = effect(() => {
    const holding = active.value.find((a) => a.mandatory && a.open && !a.progress.complete);
    session.holdOpen.value = holding ? playbookTitle(holding.playbook, settings.value.uiLanguage) : null;
  });

  // Trainees: every playbook that applies opens by itself.
  const stopAutoOpen = effect(() => {
    if (!isTrainee.value) return;
    const ids = active.value.filter((a) => !a.open).map((a) => a.playbook.id);
    untracked(() => ids.forEach((id) => open(id, true)));
  });

  // Steps met by the log tick themselves (logged once), and a run whose required steps are all settled completes.
  const ticked = new Set<string>();
  const stopTicking = effect(() => {
    for (const { playbook, progress, open: isOpen } of active.value) {
      if (!isOpen || progress.startedAt === undefined) continue;
      const run = `${playbook.id}@${progress.startedAt}`;
      untracked(() => {
        for (const s of progress.steps) {
          const key = `${run}/${s.step.id}`;
          if (!s.unlogged || ticked.has(key)) continue;
          ticked.add(key);
          logAction('playbook.step_done', { playbookId: playbook.id, stepId: s.step.id, auto: true });
        }
        if (progress.complete && !progress.completedLogged && !ticked.has(`${run}/completed`)) {
          ticked.add(`${run}/completed`);
          logAction('playbook.completed', { playbookId: playbook.id, skipped: progress.steps.filter((s) => s.status === 'skipped').length });
        }
      });
    }
  });

  stop.addEventListener('abort', () => {
    clearInterval(clock);
    unwatch();
    unwatchPlaybooks();
    unwatchTemplates();
    stopListening();
    stopAutoOpen();
    stopTicking();
    stopHolding();
    session.holdOpen.value = null;
  });

  return {
    active,
    isTrainee,
    open: (playbookId: string) => open(playbookId, false),
    close(playbookId: string) {
      const item = active.value.find((a) => a.playbook.id === playbookId);
      if (item?.mandatory && !item.progress.complete) return;
      opened.value = new Set([...opened.value].filter((id) => id !== playbookId));
    },
    done(playbookId: string, stepId: string) {
      logAction('playbook.step_done', { playbookId, stepId, auto: false });
    },
    /** A required step needs a reason; the panel asks for one before calling this. */
    skip(playbookId: string, stepId: string, reason: string) {
      const step = playbooks.value.find((p) => p.id === playbookId)?.steps.find((s) => s.id === stepId);
      if (!step || (step.required && !reason.trim())) return false;
      logAction('playbook.step_skipped', { playbookId, stepId, required: step.required, reason: reason.trim().slice(0, 200) });
      return true;
    },
    escalate(playbookId: string, to: string) {
      logAction('playbook.escalated', { playbookId, to });
    },
    /** A step's template, filled for the buyer on the page now (through the same insert as suggestions: fields open the form). */
    insertTemplate(templateId: string): boolean {
      const template = templates.value.find((t) => t.id === templateId);
      const item = template && offerReply(session, template);
      return !!item && writer.insert(item, 0, 'playbook') === 'written';
    },
    snippet: { pending: computed(() => writer.form.value?.item ?? null), submit: writer.submitForm, cancel: writer.cancelForm },
    canInsert,
  };
}

export type PlaybookRunner = ReturnType<typeof startPlaybooks>;
