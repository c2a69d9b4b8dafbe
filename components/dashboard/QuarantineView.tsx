import { useEffect, useState } from 'react';
import type { AppDB, QuarantineRow } from '@/utils/db/app-db';
import { t } from '@/utils/state/settings';
import { chinaDateTime } from '@/utils/time/china-time';

const SHOWN = 200;

/** Drafts this browser could not accept as they came, set aside one by one: what they were and why. */
export function QuarantineView({ db }: { db: AppDB }) {
  const tr = t.value;
  const [rows, setRows] = useState<QuarantineRow[] | null>(null);
  const [total, setTotal] = useState(0);
  useEffect(() => {
    void db.quarantine.count().then(setTotal);
    void db.quarantine.orderBy('receivedAt').reverse().limit(SHOWN).toArray().then(setRows);
  }, [db]);
  if (!rows) return <p className="dash-muted">{tr('dash.loading')}</p>;
  return (
    <section className="dash-rules-block" data-testid="dash-quarantine">
      <h3>{tr('quarantine.title', { count: total })}</h3>
      {rows.length === 0 ? (
        <p className="dash-muted">{tr('quarantine.empty')}</p>
      ) : (
        <table className="dash-rule-table">
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-id={row.id}>
                <td>{chinaDateTime(row.receivedAt)}</td>
                <td>
                  <code>{row.kind ?? '?'}</code>
                </td>
                <td>{row.error}</td>
                <td className="dash-muted" title={row.raw}>
                  {row.from ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
