import { t } from '@/utils/state/settings';

export type SaveStatus = { ok: boolean; text: string } | null;

/** A rules block's save button and what happened when it was pressed. */
export function SaveBar({ name, status, onSave }: { name: string; status: SaveStatus; onSave: () => void }) {
  return (
    <>
      <button type="button" className="primary" onClick={onSave} data-testid={`rules-${name}-save`}>
        {t.value('rules.save')}
      </button>
      {status && (
        <span role="status" className={status.ok ? 'dash-ok' : 'dash-bad'} data-testid={`rules-${name}-status`}>
          {' '}
          {status.text}
        </span>
      )}
    </>
  );
}
