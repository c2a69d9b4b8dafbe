import type { PromiseOffer as Offer } from '@/utils/content/follow-ups';
import { shortTime } from './time-text';
import { chinaDayNumber, dayNumberStart } from '@/utils/time/china-time';

interface Props {
  offer: Offer;
  now: number;
  labels: { ask: (phrase: string) => string; in60: string; suggested: (time: string) => string; tomorrow: string; dismiss: string };
  onCreate: (dueAt: number) => void;
  onDismiss: () => void;
}

/** 10:00 China time tomorrow. */
function tomorrowTen(now: number): number {
  return dayNumberStart(chinaDayNumber(now) + 1) + 10 * 3_600_000;
}

/** After a reply that promised something: set a follow-up in one click. */
export function PromiseOffer({ offer, now, labels, onCreate, onDismiss }: Props) {
  const suggested = offer.suggestedAt;
  return (
    <div className="kefu-offer" role="status" data-testid="kefu-promise-offer" data-kind={offer.kind}>
      <p>{labels.ask(offer.phrase)}</p>
      <button type="button" className="kefu-btn primary" onClick={() => onCreate(suggested)} data-testid="kefu-promise-suggested">
        {labels.suggested(shortTime(suggested, now))}
      </button>{' '}
      <button type="button" className="kefu-btn" onClick={() => onCreate(now + 60 * 60_000)}>
        {labels.in60}
      </button>{' '}
      <button type="button" className="kefu-btn" onClick={() => onCreate(tomorrowTen(now))}>
        {labels.tomorrow}
      </button>{' '}
      <button type="button" className="kefu-btn" onClick={onDismiss}>
        {labels.dismiss}
      </button>
    </div>
  );
}
