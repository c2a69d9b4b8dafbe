import type { FollowUps } from '@/utils/content/follow-ups';
import { PromiseOffer } from './PromiseOffer';
import { useTr } from '../use-tr';

/** After a reply that promised something: offer a follow-up with a due time. */
export function FollowUpOfferPanel({ api }: { api: FollowUps }) {
  const tr = useTr();
  const offer = api.offer.value;
  if (!offer) return null;
  return (
    <PromiseOffer
      offer={offer}
      now={api.now.value}
      onCreate={api.create}
      onDismiss={api.dismiss}
      labels={{
        ask: (phrase) => tr('customer.offer', { phrase }),
        in60: tr('customer.offer.in60'),
        suggested: (time) => tr('customer.offer.suggested', { time }),
        tomorrow: tr('customer.offer.tomorrow'),
        dismiss: tr('customer.offer.dismiss'),
      }}
    />
  );
}
