import { useSignals } from '@preact/signals-react/runtime';
import { formatWait } from '@/utils/customer/waiting';
import type { WaitTimer } from '@/utils/content/wait-timer';
import { settings, t } from '@/utils/state/settings';

/** The waiting timer in one line, with its colour, for the rail and the collapsed panel; says so when nobody waits. */
export function WaitTimerRail({ api }: { api: WaitTimer }) {
  useSignals();
  const waiting = api.waiting.value;
  const level = api.level.value;
  if (!waiting?.since) {
    return (
      <span className="kefu-wait is-none" data-testid="kefu-rail-wait" data-level="none" role="timer">
        {t.value('customer.notWaiting')}
      </span>
    );
  }
  return (
    <span className={`kefu-wait is-${level}`} data-testid="kefu-rail-wait" data-level={level} role="timer">
      {t.value('customer.waiting', { time: formatWait(api.now.value - waiting.since, settings.value.uiLanguage) })}
    </span>
  );
}
