import { computed, effect, signal } from '@preact/signals-react';
import { DEFAULT_LINT_POLICY } from '../lint/default-policy';
import { applySuggestion, lintReply } from '../lint/lint-reply';
import { decideSend, type SendDecision } from '../lint/send-decision';
import { logAction } from '../log/log-action';
import type { Finding, PageBuyer, Template } from '../model';
import { settings, teamRules } from '../state/settings';
import { hotkeyDigit } from '../suggest/hotkey';
import { rankSuggestions } from '../suggest/rank';
import { searchTemplates } from '../suggest/search';
import { templateContext } from '../templates/context';
import { DEFAULT_TEMPLATES } from '../templates/default-pack';
import { renderTemplate } from '../templates/render';
import { countTemplateUse, lintPolicyStore, templatesStore } from '../storage';
import { onCapture, stopEvent } from './capture';
import type { PageSession } from './page-session';
import { fillTextarea } from './fill-input';

export interface OfferedReply {
  template: Template;
  text: string;
  missing: string[];
  /** Who the reply was made for; re-checked against the page before inserting. */
  forBuyer: string | undefined;
}

export interface GuardState {
  findings: Finding[];
  decision: SendDecision;
  text: string;
  confirmed: boolean;
}

const SUGGESTION_COUNT = 3;
const buyerIdentity = (buyer: PageBuyer | undefined) => buyer?.id ?? buyer?.displayName;

/** Reply suggestions, quick search, hotkeys and the send guard on a chat page. */
export function startChatAssist(session: PageSession, doc: Document, hooks: { onSent?: (text: string) => void } = {}) {
  const { adapter } = session;
  const templates = signal<Template[]>(DEFAULT_TEMPLATES);
  const unwatchTemplates = templatesStore.follow((t) => (templates.value = t));
  const policy = signal(DEFAULT_LINT_POLICY);
  const unwatchPolicy = lintPolicyStore.follow((p) => (policy.value = p));
  const draft = signal(adapter.chatInput?.(doc)?.value ?? '');
  const guard = signal<GuardState | null>(null);
  const notice = signal<'buyerChanged' | 'noInput' | null>(null);

  const chat = computed(() => {
    const result = session.snapshot.value;
    return result.ok && result.snapshot.pageKind === 'chat' ? result.snapshot : undefined;
  });
  const searchQuery = computed(() => (draft.value.startsWith('/') ? draft.value.slice(1).trim() : null));
  const offered = computed((): OfferedReply[] => {
    const snap = chat.value;
    if (!snap) return [];
    const context = templateContext(snap, settings.value.agent);
    const order = snap.orders.find((o) => o.orderNo === snap.activeOrderNo);
    const picked = searchQuery.value !== null ? searchTemplates(searchQuery.value, templates.value) : rankSuggestions(snap.messages, { orderStatus: order?.status }, templates.value).slice(0, SUGGESTION_COUNT).map((s) => s.template);
    return picked.map((template) => ({ template, ...renderTemplate(template.body, context), forBuyer: buyerIdentity(snap.buyer) }));
  });

  // suggestion.shown once per buyer message the suggestions answer.
  let shownFor: string | undefined;
  const stopShownLog = effect(() => {
    const snap = chat.value;
    if (!snap || searchQuery.value !== null || offered.value.length === 0) return;
    const last = snap.messages.findLast((m) => m.direction === 'buyer');
    const key = `${buyerIdentity(snap.buyer)}|${last?.id ?? last?.text}`;
    if (key === shownFor) return;
    shownFor = key;
    logAction('suggestion.shown', { templateIds: offered.value.map((o) => o.template.id), ...(last?.id ? { forMessageId: last.id } : {}) });
  });

  function insert(index: number, via: 'click' | 'hotkey'): void {
    const item = offered.value[index];
    if (item) insertItem(item, index, searchQuery.value !== null ? 'search' : via);
  }

  /** A template named by another feature (a playbook step), filled for the buyer on the page now. */
  function insertTemplateById(templateId: string): boolean {
    const template = templates.value.find((t) => t.id === templateId);
    const snap = chat.value;
    if (!template || !snap) return false;
    const item = { template, ...renderTemplate(template.body, templateContext(snap, settings.value.agent)), forBuyer: buyerIdentity(snap.buyer) };
    insertItem(item, 0, 'playbook');
    return true;
  }

  function insertItem(item: OfferedReply, rank: number, via: 'click' | 'hotkey' | 'search' | 'playbook'): void {
    const now = adapter.snapshot(doc);
    if (!now.ok || buyerIdentity(now.snapshot.buyer) !== item.forBuyer) {
      notice.value = 'buyerChanged';
      logAction('template.refused', { templateId: item.template.id, reason: 'buyer-changed' });
      session.refresh();
      return;
    }
    const input = adapter.chatInput?.(doc);
    if (!input) {
      notice.value = 'noInput';
      logAction('template.refused', { templateId: item.template.id, reason: 'no-input' });
      return;
    }
    notice.value = null;
    fillTextarea(input, item.text);
    draft.value = item.text;
    logAction('template.inserted', { templateId: item.template.id, rank, via, missing: item.missing });
    void countTemplateUse(item.template.id);
  }

  /** The policy's findings on a text and what they mean for sending it (`confirmedText`: what the agent already confirmed). */
  const evaluate = (text: string, confirmedText?: string) => {
    const findings = lintReply(text, policy.value);
    return { findings, decision: decideSend(text, findings, confirmedText) };
  };

  /** Lints the chat box; returns whether the person's send may go ahead. */
  function check(via: 'enter' | 'button'): boolean {
    const input = adapter.chatInput?.(doc);
    const text = input?.value ?? '';
    if (!text.trim()) return true;
    const { findings, decision } = evaluate(text, guard.value?.confirmed ? guard.value.text : undefined);
    if (decision.action === 'allow') {
      const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
      const fullText = teamRules.value.logMessageText ? { text: text.slice(0, 5000) } : {};
      logAction('message.sent', { length: text.length, findings: findings.length, ruleIds, via, ...fullText });
      guard.value = null;
      hooks.onSent?.(text);
      return true;
    }
    guard.value = { findings, decision, text, confirmed: false };
    logAction(decision.action === 'block' ? 'lint.blocked' : 'lint.warned', { ruleIds: decision.ruleIds, via });
    return false;
  }

  function confirmSend(): void {
    const state = guard.value;
    if (!state || state.decision.action !== 'confirm') return;
    guard.value = { ...state, confirmed: true };
    logAction('lint.overridden', { ruleIds: state.decision.ruleIds });
  }

  function rewrite(finding: Finding): void {
    const input = adapter.chatInput?.(doc);
    if (!input) return;
    const text = applySuggestion(input.value, { ...finding, suggestion: finding.suggestion ?? '' });
    fillTextarea(input, text);
    draft.value = text;
    logAction('lint.rewritten', { ruleId: finding.ruleId });
    const { findings, decision } = evaluate(text);
    guard.value = decision.action === 'allow' ? null : { findings, decision, text, confirmed: false };
  }

  const listeners = new AbortController();
  const isChatInput = (target: EventTarget | null) => !!target && target === adapter.chatInput?.(doc);
  const win = doc.defaultView!;
  onCapture(win, 'keydown', (event) => {
    const digit = hotkeyDigit(event, settings.value.hotkey);
    if (digit) {
      stopEvent(event);
      insert(digit - 1, 'hotkey');
      return;
    }
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || !isChatInput(event.target)) return;
    if (searchQuery.value !== null) {
      stopEvent(event);
      insert(0, 'click');
      return;
    }
    if (adapter.enterSends && !check('enter')) stopEvent(event);
  }, listeners.signal);
  onCapture(win, 'click', (event) => {
    const button = adapter.sendButton?.(doc);
    if (button && event.target instanceof Node && button.contains(event.target) && !check('button')) stopEvent(event);
  }, listeners.signal);
  onCapture(win, 'input', (event) => {
    if (!isChatInput(event.target)) return;
    draft.value = (event.target as HTMLTextAreaElement).value;
    if (guard.value && guard.value.text !== draft.value) guard.value = null;
  }, listeners.signal);

  return {
    offered,
    searchQuery,
    guard,
    notice,
    insert,
    insertTemplateById,
    confirmSend,
    rewrite,
    dispose() {
      listeners.abort();
      stopShownLog();
      unwatchPolicy();
      unwatchTemplates();
    },
  };
}

export type ChatAssist = ReturnType<typeof startChatAssist>;
