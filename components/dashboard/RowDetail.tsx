import { useEffect } from 'react';
import { fieldLabel, kindLabel, payloadText, siteLabel } from '@/utils/export/labels';
import type { Action } from '@/utils/model';
import { settings, t } from '@/utils/state/settings';
import { chinaDateTime } from '@/utils/time/china-time';

/** One logged row as a readable card in the lead's words; the hash chain folded below. Esc closes it. */
export function RowDetail({ row, onClose }: { row: Action; onClose: () => void }) {
  const tr = t.value;
  const lang = settings.value.uiLanguage;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const payload = (row.payload ?? {}) as Record<string, unknown>;
  const fields: [string, string][] = [
    [tr('column.time'), chinaDateTime(row.at)],
    [tr('column.agent'), row.agent ? `${row.agent.name}（${row.agent.staffId}）` : '—'],
    [tr('column.site'), siteLabel(row.site, lang)],
    [tr('column.shop'), row.buyer?.shop ?? row.agent?.shop ?? ''],
    [tr('column.buyer'), [row.buyer?.nick, row.buyer?.buyerId].filter(Boolean).join(' · ')],
    [tr('column.orderNo'), row.orderNo ?? ''],
  ];
  return (
    <aside className="dash-detail" role="dialog" aria-label={tr('detail.title')} data-testid="dash-detail">
      <header>
        <strong>{kindLabel(row.kind, lang)}</strong>
        <button type="button" onClick={onClose}>
          {tr('detail.close')}
        </button>
      </header>
      <dl>
        {fields
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {Object.keys(payload).map((field) => (
          <div key={field} data-field={field}>
            <dt>{fieldLabel(field, lang)}</dt>
            <dd>{payloadText({ [field]: payload[field] }, lang).replace(/^[^:]*: /, '')}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{tr('detail.technical')}</summary>
        <dl>
          <div>
            <dt>{tr('column.deviceId')}</dt>
            <dd translate="no">{row.deviceId}</dd>
          </div>
          <div>
            <dt>{tr('column.seq')}</dt>
            <dd>{row.seq}</dd>
          </div>
          <div>
            <dt>{tr('column.hash')}</dt>
            <dd>
              <code translate="no">{row.hash}</code>
            </dd>
          </div>
          <div>
            <dt>{tr('detail.kindId')}</dt>
            <dd>
              <code translate="no">{row.kind}</code>
            </dd>
          </div>
        </dl>
      </details>
    </aside>
  );
}
