import { effect, signal } from '@preact/signals-react';
import { applySuggestion, lintReply } from '../send-guard/lint-reply';
import { fixAll as fixEverything } from '../send-guard/fix-all';
import { mergeFindings } from '../send-guard/merge-findings';
import { decideSend, type SendDecision } from '../send-guard/send-decision';
import { logAction } from '../log/log-action';
import type { Finding } from '../model';
import type { Rect } from '../panel/placement';
import { teamRules } from '../state/settings';
import { lintPolicyStore } from '../storage';
import { siteProfile } from '../sites/profiles';
import { regionOfHost } from '../sites/regions';
import { guardSubmit, onCapture } from './capture';
import { isComplaint } from '../send-guard/complaint';
import { isGreetingOnly } from '../send-guard/greeting';
import { isInReplyBox, readReplyBox, writeReplyBox } from './fill-input';
import type { PageSession } from './page-session';
import { storedSignal } from './stored-signal';

export interface GuardState {
  /** One per problem (overlapping findings merged), each with its fix where there is one. */
  findings: Finding[];
  decision: SendDecision;
  text: string;
  confirmed: boolean;
  /** After 全部修正: how many problems it fixed (what is still listed needs the agent). */
  fixed?: number;
}

/**
 * Where to mark a stopped send, in viewport coordinates: right-aligned with the host's send button, just above the
 * reply box, so it covers neither the button nor what the agent typed.
 */
export interface SendMarker {
  right: number;
  bottom: number;
  /** The host's send control and reply box: never covered by the marker, wherever it moves to. */
  keepClear: Rect[];
  viewport: { width: number; height: number };
}

/**
 * Checks the agent's own send (Enter where Enter sends, and the send button) in the capture phase: a blocking finding
 * stops it, a warning needs one confirmation for that exact text. What goes through is logged and told to the session.
 */
export function startSendGuard(session: PageSession, stop: AbortSignal, doc: Document = document) {
  const { adapter } = session;
  const { value: policy, release: unwatchPolicy } = storedSignal(lintPolicyStore);
  const guard = signal<GuardState | null>(null);
  const profile = siteProfile(adapter.site);
  const country = profile && doc.location ? regionOfHost(profile, doc.location.hostname)?.code : undefined;
  const marker = signal<SendMarker | null>(null);
  const placeMarker = () => {
    const send = adapter.sendButton?.(doc)?.getBoundingClientRect();
    const input = adapter.chatInput?.(doc)?.getBoundingClientRect();
    const anchor = send ?? input;
    const rect = (box: DOMRect): Rect => ({ left: box.left, top: box.top, width: box.width, height: box.height });
    const win = doc.defaultView;
    marker.value =
      anchor && guard.value && win
        ? {
            right: anchor.right,
            bottom: Math.min(input?.top ?? anchor.top, anchor.top) - 6,
            keepClear: [send, input].filter((b) => !!b).map(rect),
            viewport: { width: win.innerWidth, height: win.innerHeight },
          }
        : null;
  };
  const stopMarker = effect(() => {
    void guard.value;
    placeMarker();
  });

  /** The policy's findings on a text and what they mean for sending it (`confirmedText`: what the agent already confirmed). */
  const evaluate = (text: string, confirmedText?: string) => {
    const result = session.snapshot.value;
    const lastBuyer = result.ok ? result.snapshot.messages.findLast((m) => m.direction === 'buyer')?.text : undefined;
    const raw = lintReply(text, policy.value, { site: adapter.site, country, buyerComplaint: !!lastBuyer && isComplaint(lastBuyer) });
    return { raw, findings: mergeFindings(raw), decision: decideSend(text, raw, confirmedText) };
  };

  /** Lints the chat box; returns whether the person's send may go ahead. */
  function check(via: 'enter' | 'button'): boolean {
    const box = adapter.chatInput?.(doc);
    const text = box ? readReplyBox(box) : '';
    if (!text.trim()) return true;
    const { raw, findings, decision } = evaluate(text, guard.value?.confirmed ? guard.value.text : undefined);
    if (decision.action === 'allow') {
      const ruleIds = [...new Set(raw.map((f) => f.ruleId))];
      const fullText = teamRules.value.logMessageText ? { text: text.slice(0, 5000) } : {};
      logAction('message.sent', { length: text.length, findings: raw.length, ruleIds, via, ...fullText, ...(isGreetingOnly(text) ? { greetingOnly: true as const } : {}) });
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
  const isChatInput = (target: EventTarget | null) => isInReplyBox(adapter.chatInput?.(doc), target);
  guardSubmit(
    win,
    () => adapter.sendButton?.(doc),
    (target) => isChatInput(target) && !!adapter.enterSends,
    check,
    listeners.signal,
  );
  onCapture(
    win,
    'input',
    (event) => {
      if (isChatInput(event.target) && guard.value && guard.value.text !== readReplyBox(adapter.chatInput!(doc)!)) guard.value = null;
    },
    listeners.signal,
    { alsoUntrusted: true },
  );
  win.addEventListener('resize', placeMarker, { signal: listeners.signal });
  win.addEventListener('scroll', placeMarker, { signal: listeners.signal, capture: true, passive: true });
  stop.addEventListener('abort', () => {
    listeners.abort();
    stopMarker();
    unwatchPolicy();
  });

  /** Writes a fixed text into the chat box and checks it again. */
  const writeFixed = (text: string, ruleIds: string[], fixed?: number) => {
    const input = adapter.chatInput?.(doc);
    if (!input) return;
    writeReplyBox(input, text);
    for (const ruleId of ruleIds) logAction('lint.rewritten', { ruleId });
    const next = evaluate(text);
    guard.value = next.decision.action === 'allow' ? null : { findings: next.findings, decision: next.decision, text, confirmed: false, ...(fixed ? { fixed } : {}) };
  };

  return {
    guard,
    marker,
    confirmSend(): void {
      const state = guard.value;
      if (!state || state.decision.action !== 'confirm') return;
      guard.value = { ...state, confirmed: true };
      logAction('lint.overridden', { ruleIds: state.decision.ruleIds });
    },
    rewrite(finding: Finding): void {
      const input = adapter.chatInput?.(doc);
      if (!input || finding.suggestion === undefined) return;
      writeFixed(applySuggestion(readReplyBox(input), finding), [finding.ruleId]);
    },
    /** Every fixable problem, checked again until none is left; what remains is listed for the agent. */
    fixAll(): void {
      const state = guard.value;
      const input = adapter.chatInput?.(doc);
      if (!state || !input || readReplyBox(input) !== state.text) return;
      const result = fixEverything(state.text, (text) => evaluate(text).raw);
      writeFixed(result.text, result.ruleIds, result.fixed);
    },
  };
}

export type SendGuard = ReturnType<typeof startSendGuard>;
