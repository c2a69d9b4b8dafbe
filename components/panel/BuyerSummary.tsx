import type { PageBuyer } from '@/utils/model';

interface Props {
  buyer: PageBuyer | undefined;
  labels: { buyer: string; buyerId: string; noBuyer: string };
}

export function BuyerSummary({ buyer, labels }: Props) {
  if (!buyer?.displayName && !buyer?.id) return <p className="kefu-muted">{labels.noBuyer}</p>;
  return (
    <dl className="kefu-buyer" data-testid="kefu-buyer">
      <dt>{labels.buyer}</dt>
      <dd data-testid="kefu-buyer-name">{buyer.displayName ?? '—'}</dd>
      {buyer.id && (
        <>
          <dt>{labels.buyerId}</dt>
          <dd data-testid="kefu-buyer-id">{buyer.id}</dd>
        </>
      )}
    </dl>
  );
}
