import { useEffect, type ReactNode } from 'react';
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
  const item = (label: string, value: ReactNode, field?: string) => (
    <div key={field ?? label} data-field={field}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <aside className="dash-detail" role="dialog" aria-label={tr('detail.title')} data-testid="dash-detail">
      <header>
        <strong>{kindLabel(row.kind, lang)}</strong>
        <button type="button" onClick={onClose}>
          {tr('detail.close')}
        </button>
      </header>
      <dl>
        {fields.filter(([, value]) => value).map(([label, value]) => item(label, value))}
        {Object.keys(payload).map((field) => item(fieldLabel(field, lang), payloadText({ [field]: payload[field] }, lang).replace(/^[^:]*: /, ''), field))}
      </dl>
      <details>
        <summary>{tr('detail.technical')}</summary>
        <dl>
          {item(tr('column.deviceId'), <span translate="no">{row.deviceId}</span>)}
          {item(tr('column.seq'), row.seq)}
          {item(tr('column.hash'), <code translate="no">{row.hash}</code>)}
          {item(tr('detail.kindId'), <code translate="no">{row.kind}</code>)}
        </dl>
      </details>
    </aside>
  );
}
