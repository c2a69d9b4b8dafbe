import type { ChatMessage, WaitThreshold } from '../model';

export type WaitLevel = 'none' | 'ok' | 'warn' | 'late';

export interface WaitingState {
  /** When the oldest unanswered buyer message (after our last reply) arrived; undefined when nobody waits. */
  since?: number;
  sellerRepliedLast: boolean;
}

/**
 * The buyer is waiting from their first message after our last one. Messages without a page time take the time
 * the extension first saw them (`firstSeen`, by message key).
 */
export function waitingState(messages: readonly ChatMessage[], firstSeen: (message: ChatMessage, index: number) => number): WaitingState {
  let since: number | undefined;
  let lastSpeaker: 'buyer' | 'seller' | undefined;
  messages.forEach((m, i) => {
    if (m.direction === 'buyer') {
      since ??= m.at ?? firstSeen(m, i);
      lastSpeaker = 'buyer';
    } else if (m.direction === 'agent') {
      since = undefined;
      lastSpeaker = 'seller';
    }
  });
  return { ...(since !== undefined ? { since } : {}), sellerRepliedLast: lastSpeaker === 'seller' };
}

export function waitLevel(state: WaitingState, now: number, threshold: WaitThreshold): WaitLevel {
  if (state.since === undefined) return 'none';
  const seconds = (now - state.since) / 1000;
  return seconds >= threshold.lateSec ? 'late' : seconds >= threshold.warnSec ? 'warn' : 'ok';
}

export function formatWait(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
}
