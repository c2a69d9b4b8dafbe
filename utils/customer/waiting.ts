import type { ChatMessage, WaitThreshold } from '../model';
import { zonedHour } from '../time/zoned-time';

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

export function formatWait(ms: number, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  // Under an hour the seconds matter (3-minute rules); past it minutes do, and past a day hours.
  if (d > 0) return lang === 'en' ? `${d}d ${h}h` : `${d}天${h}小时`;
  if (h > 0) return lang === 'en' ? `${h}h ${m}m` : `${h}小时${m}分`;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * Whether a moment falls in the shop's service hours, on the market's clock (`zone`: the page's market, China time
 * by default), not the browser's: a cross-border shop's agents often run their browser on China time.
 */
export function withinWorkingHours(at: number, hours: { from: number; to: number }, zone = 'Asia/Shanghai'): boolean {
  const hour = zonedHour(zone, at);
  return hour >= hours.from && hour < hours.to;
}
