import type { SnapshotResult } from '@/utils/model';

/** The buyer's name on the rail, or why there is none (never an empty rail). */
export function RailBuyer({ result, labels }: { result: SnapshotResult; labels: { noBuyer: string; cannotRead: string } }) {
  const name = result.ok ? (result.snapshot.buyer?.displayName ?? result.snapshot.buyer?.id) : undefined;
  return (
    <span className={`kefu-rail-buyer${name ? '' : ' is-none'}`} data-testid="kefu-rail-buyer">
      {name ?? (result.ok ? labels.noBuyer : labels.cannotRead)}
    </span>
  );
}
