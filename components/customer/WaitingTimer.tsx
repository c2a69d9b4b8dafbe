import type { WaitLevel, WaitingState } from '@/utils/customer/waiting';
import { formatWait } from '@/utils/customer/waiting';
import { settings } from '@/utils/state/settings';

interface Props {
  waiting: WaitingState;
  level: WaitLevel;
  now: number;
  labels: { waiting: (time: string) => string; notWaiting: string; sellerLast: string; buyerLast: string };
}

/** How long the buyer has waited for us, coloured by the platform's thresholds, and who spoke last. */
export function WaitingTimer({ waiting, level, now, labels }: Props) {
  return (
    <p className={`kefu-wait is-${level}`} data-testid="kefu-wait" data-level={level} role="timer">
      {waiting.since !== undefined ? labels.waiting(formatWait(now - waiting.since, settings.value.uiLanguage)) : labels.notWaiting}
      <span className="kefu-muted"> · {waiting.sellerRepliedLast ? labels.sellerLast : labels.buyerLast}</span>
    </p>
  );
}
