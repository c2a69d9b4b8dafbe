import type { ChatMessage } from '../model';

/** The buyer's messages since our last reply, oldest first (the last buyer message when we replied last). */
export function pendingBuyerMessages(messages: readonly ChatMessage[]): string[] {
  const lastOurs = messages.findLastIndex((m) => m.direction === 'agent' || m.direction === 'robot');
  const pending = messages.slice(lastOurs + 1).filter((m) => m.direction === 'buyer' && !/^\[.+\]$/.test(m.text));
  if (pending.length > 0) return pending.slice(-3).map((m) => m.text);
  const last = messages.findLast((m) => m.direction === 'buyer' && !/^\[.+\]$/.test(m.text));
  return last ? [last.text] : [];
}

export function pendingBuyerText(messages: readonly ChatMessage[]): string {
  return pendingBuyerMessages(messages).join('\n');
}
