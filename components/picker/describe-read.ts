import type { SnapshotResult } from '@/utils/model';
import type { t } from '@/utils/state/settings';

/** A page read in one line for the picker's preview: what was found, or why nothing was. */
export function describeRead(tr: (typeof t)['value'], result: SnapshotResult): string {
  if (!result.ok) return tr('picker.previewBad', { reason: tr(`cannotRead.${result.reason}`) });
  const { buyer, messages, orders } = result.snapshot;
  return tr('picker.previewOk', { buyer: buyer?.displayName ?? buyer?.id ?? '—', messages: messages.length, orders: orders.length });
}
