import { effect } from '@preact/signals-react';
import { waitingState } from '../customer/waiting';
import { sendMessage } from '../messaging';
import type { Heartbeat } from '../team-live/presence';
import { HEARTBEAT_MS } from '../team-live/presence';
import { platformLimitMs } from '../team-live/sla';
import { buyerMessageKeys } from './message-observer';
import type { PageSession } from './page-session';

/** No trusted key or click for this long, on a hidden tab: the agent is away. */
const AWAY_AFTER_MS = 2 * 60_000;

/**
 * The live board's heartbeat from an open chat tab, every 15 s and when a buyer starts or stops waiting: online or away, whether the buyer is waiting, how
 * long, and whether past the platform's limit. Sent to the background, which passes it to the team server only while
 * the agent's log is pushed there (content scripts never talk to the server).
 */
export function startPresenceHeartbeat(session: PageSession, stop: AbortSignal, doc: Document = document) {
  const tab = crypto.randomUUID();
  const limitMs = platformLimitMs(session.adapter.profile);
  const firstSeen = new Map<string, number>();
  let lastInput = Date.now();
  const onInput = (event: Event) => {
    if (event.isTrusted) lastInput = Date.now();
  };
  for (const type of ['keydown', 'pointerdown']) doc.addEventListener(type, onInput, { capture: true, passive: true, signal: stop });

  const beat = (): Heartbeat => {
    const now = Date.now();
    const result = session.snapshot.peek();
    const messages = result.ok ? result.snapshot.messages : [];
    const keyOf = new Map(buyerMessageKeys(messages).map(({ message, key }) => [message, key]));
    const { since } = waitingState(messages, (message) => {
      const key = keyOf.get(message) ?? '';
      if (!firstSeen.has(key)) firstSeen.set(key, now);
      return firstSeen.get(key)!;
    });
    const oldestWaitMs = since === undefined ? 0 : Math.max(0, now - since);
    const visible = doc.visibilityState === 'visible';
    return {
      tab,
      site: session.adapter.site,
      status: visible || now - lastInput < AWAY_AFTER_MS ? 'online' : 'away',
      waiting: since === undefined ? 0 : 1,
      oldestWaitMs: Math.min(oldestWaitMs, 30 * 86_400_000),
      overLimit: since !== undefined && oldestWaitMs >= limitMs ? 1 : 0,
      limitMs,
    };
  };
  let lastSent = '';
  const send = () => {
    const current = beat();
    lastSent = `${current.waiting}|${current.overLimit}`;
    void sendMessage('presence:beat', current).catch(() => {});
  };
  send();
  const timer = setInterval(send, HEARTBEAT_MS);
  // A buyer starts or stops waiting: the board hears it now, not at the next beat (at most one extra per second).
  let soon: ReturnType<typeof setTimeout> | undefined;
  const stopWatch = effect(() => {
    void session.snapshot.value;
    const current = beat();
    if (`${current.waiting}|${current.overLimit}` === lastSent || soon) return;
    soon = setTimeout(() => {
      soon = undefined;
      send();
    }, 1000);
  });
  stop.addEventListener('abort', () => {
    clearInterval(timer);
    clearTimeout(soon);
    stopWatch();
  });
  return { beat };
}
