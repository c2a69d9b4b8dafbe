import type { WaitTimer } from '@/utils/content/wait-timer';
import { WaitingTimer } from './WaitingTimer';
import { useTr } from '../use-tr';

/** The buyer-waiting timer at the top of the panel on chat pages. */
export function WaitTimerPanel({ api }: { api: WaitTimer }) {
  const tr = useTr();
  const waiting = api.waiting.value;
  const platformTimer = api.platformTimer.value;
  if (!waiting) return null;
  return (
    <>
      <WaitingTimer
        waiting={waiting}
        level={api.level.value}
        now={api.now.value}
        labels={{ waiting: (time) => tr('customer.waiting', { time }), notWaiting: tr('customer.notWaiting'), sellerLast: tr('customer.sellerLast'), buyerLast: tr('customer.buyerLast') }}
      />
      {platformTimer && (
        <p className="kefu-note" data-testid="kefu-platform-timer">
          {tr('customer.platformTimer', { time: platformTimer })}
        </p>
      )}
    </>
  );
}
