import { computed, effect, signal } from '@preact/signals-react';
import { waitingState, waitLevel, withinWorkingHours, type WaitLevel } from '../customer/waiting';
import { sendMessage } from '../messaging';
import { siteTimeZone } from '../sites/profiles';
import { teamRules } from '../state/settings';
import { buyerMessageKeys } from './message-observer';
import type { PageSession } from './page-session';
import { riskOfMessages } from '../qa/risk';

const CLOCK_MS = 1000;

/**
 * How long the buyer has waited since their first unanswered message, coloured by the site's thresholds (the lead's,
 * else the platform's from its profile), and the toolbar badge that counts chat tabs with a waiting buyer.
 */
export function startWaitTimer(session: PageSession, stop: AbortSignal) {
  const now = signal(Date.now());
  const clock = setInterval(() => (now.value = Date.now()), CLOCK_MS);
  const firstSeen = new Map<string, number>();
  const { adapter } = session;
  // Service hours are the market's (Shopee Indonesia works on Jakarta time, whatever the browser's clock says).
  const zone = siteTimeZone(adapter.site, location.href);

  const waiting = computed(() => {
    const result = session.snapshot.value;
    if (!result.ok) return undefined;
    const { messages } = result.snapshot;
    const keyOf = new Map(buyerMessageKeys(messages).map(({ message, key }) => [message, key]));
    return waitingState(messages, (message) => {
      const key = keyOf.get(message) ?? '';
      if (!firstSeen.has(key)) firstSeen.set(key, Date.now());
      return firstSeen.get(key)!;
    });
  });
  const level = computed((): WaitLevel => {
    const w = waiting.value;
    // Outside the shop's service hours the timer still counts but does not alarm (nor light the badge).
    if (!w || !withinWorkingHours(now.value, teamRules.value.workingHours, zone)) return 'none';
    return waitLevel(w, now.value, teamRules.value.waitThresholds[adapter.site] ?? adapter.profile.waitThreshold);
  });

  // A waiting buyer who threatens a complaint, 12315 or a review puts the badge first in line (utils/qa/risk.ts).
  const risky = computed(() => {
    const result = session.snapshot.value;
    if (!result.ok) return false;
    const { messages } = result.snapshot;
    const unanswered = messages.slice(messages.findLastIndex((m) => m.direction === 'agent') + 1).filter((m) => m.direction === 'buyer');
    return !!riskOfMessages(unanswered.map((m) => m.text));
  });
  let reported: string | undefined;
  const stopBadge = effect(() => {
    const current = level.value;
    const isRisky = risky.value;
    if (`${current}${isRisky}` === reported) return;
    reported = `${current}${isRisky}`;
    void sendMessage('waiting:update', { level: current, ...(isRisky ? { risky: true } : {}), ...(waiting.value?.since ? { since: waiting.value.since } : {}) }).catch(() => {});
  });
  stop.addEventListener('abort', () => {
    clearInterval(clock);
    stopBadge();
    if (reported && !reported.startsWith('none')) void sendMessage('waiting:update', { level: 'none' }).catch(() => {});
  });
  /** The platform's own countdown as the page words it, shown beside ours (it is the platform's clock that counts). */
  const platformTimer = computed(() => {
    const result = session.snapshot.value;
    return result.ok ? result.snapshot.platformTimer : undefined;
  });
  return { waiting, level, now, platformTimer };
}

export type WaitTimer = ReturnType<typeof startWaitTimer>;
