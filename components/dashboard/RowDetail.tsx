import type { Action } from '@/utils/model';
import { t } from '@/utils/state/settings';

/** Every field of one logged row, hash chain included, as text. */
export function RowDetail({ row, onClose }: { row: Action; onClose: () => void }) {
  const tr = t.value;
  return (
    <aside className="dash-detail" role="dialog" aria-label={tr('detail.title')} data-testid="dash-detail">
      <header>
        <strong>{tr('detail.title')}</strong>
        <button type="button" onClick={onClose}>
          {tr('detail.close')}
        </button>
      </header>
      <pre>{JSON.stringify(row, null, 2)}</pre>
    </aside>
  );
}
