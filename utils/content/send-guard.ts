import { signal } from '@preact/signals-react';
import { DEFAULT_LINT_POLICY } from '../lint/default-policy';
import { applySuggestion, lintReply } from '../lint/lint-reply';
import { decideSend, type SendDecision } from '../lint/send-decision';
import { logAction } from '../log/log-action';
import type { Finding } from '../model';
import { teamRules } from '../state/settings';
import { lintPolicyStore } from '../storage';
import { onCapture, stopEvent } from './capture';
import { fillTextarea } from './fill-input';
import type { PageSession } from './page-session';

export interface GuardState {
  findings: Finding[];
  decision: SendDecision;
  text: string;
  confirmed: boolean;
}

/**
 * Checks the agent's own send (Enter where Enter sends, and the send button) in the capture phase: a blocking finding
 * stops it, a warning needs one confirmation for that exact text. What goes through is logged and told to the session.
 */
export function startSendGuard(session: PageSession, stop: AbortSignal, doc: Document = document) {
  const { adapter } = session;
  const policy = signal(DEFAULT_LINT_POLICY);
  const unwatchPolicy = lintPolicyStore.follow((p) => (policy.value = p));
  const guard = signal<GuardState | null>(null);

  /** The policy's findings on a text and what they mean for sending it (`confirmedText`: what the agent already confirmed). */
  const evaluate = (text: string, confirmedText?: string) => {
    const findings = lintReply(text, policy.value);
    return { findings, decision: decideSend(text, findings, confirmedText) };
  };

  /** Lints the chat box; returns whether the person's send may go ahead. */
  function check(via: 'enter' | 'button'): boolean {
    const text = adapter.chatInput?.(doc)?.value ?? '';
    if (!text.trim()) return true;
    const { findings, decision } = evaluate(text, guard.value?.confirmed ? guard.value.text : undefined);
    if (decision.action === 'allow') {
      const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
      const fullText = teamRules.value.logMessageText ? { text: text.slice(0, 5000) } : {};
      logAction('message.sent', { length: text.length, findings: findings.length, ruleIds, via, ...fullText });
      guard.value = null;
      session.replySent(text);
      return true;
    }
    guard.value = { findings, decision, text, confirmed: false };
    logAction(decision.action === 'block' ? 'lint.blocked' : 'lint.warned', { ruleIds: decision.ruleIds, via });
    return false;
  }

  const listeners = new AbortController();
  const win = doc.defaultView!;
  const isChatInput = (target: EventTarget | null) => !!target && target === adapter.chatInput?.(doc);
  onCapture(win, 'keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || !isChatInput(event.target)) return;
    if (adapter.enterSends && !check('enter')) stopEvent(event);
  }, listeners.signal);
  onCapture(win, 'click', (event) => {
    const button = adapter.sendButton?.(doc);
    if (button && event.target instanceof Node && button.contains(event.target) && !check('button')) stopEvent(event);
  }, listeners.signal);
  onCapture(win, 'input', (event) => {
    if (isChatInput(event.target) && guard.value && guard.value.text !== (event.target as HTMLTextAreaElement).value) guard.value = null;
  }, listeners.signal);
  stop.addEventListener('abort', () => {
    listeners.abort();
    unwatchPolicy();
  });

  return {
    guard,
    confirmSend(): void {
      const state = guard.value;
      if (!state || state.decision.action !== 'confirm') return;
      guard.value = { ...state, confirmed: true };
      logAction('lint.overridden', { ruleIds: state.decision.ruleIds });
    },
    rewrite(finding: Finding): void {
      const input = adapter.chatInput?.(doc);
      if (!input) return;
      const text = applySuggestion(input.value, { ...finding, suggestion: finding.suggestion ?? '' });
      fillTextarea(input, text);
      logAction('lint.rewritten', { ruleId: finding.ruleId });
      const { findings, decision } = evaluate(text);
      guard.value = decision.action === 'allow' ? null : { findings, decision, text, confirmed: false };
    },
  };
}

export type SendGuard = ReturnType<typeof startSendGuard>;
