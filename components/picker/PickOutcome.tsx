import type { SnapshotResult } from '@/utils/model';
import type { t } from '@/utils/state/settings';
import { describeRead } from './describe-read';

/** What the page reads as with the picked fields (once there is a read), and how the last save went. */
export function PickOutcome({ tr, read, status, testIdPrefix }: { tr: (typeof t)['value']; read: SnapshotResult | undefined; status: { ok: boolean; text: string } | null; testIdPrefix: string }) {
  return (
    <>
      {read && (
        <p className="kefu-muted" data-testid={`${testIdPrefix}-preview`} data-ok={read.ok}>
          {describeRead(tr, read)}
        </p>
      )}
      {status && (
        <p className={status.ok ? 'kefu-ok' : 'kefu-warning'} role="status" data-testid={`${testIdPrefix}-status`}>
          {status.text}
        </p>
      )}
    </>
  );
}
