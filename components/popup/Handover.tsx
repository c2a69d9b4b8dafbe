import { useEffect, useState } from 'react';
import { handoverCsv, handoverItems, type HandoverItem } from '@/utils/customer/handover';
import { logAction } from '@/utils/log/log-action';
import { sendMessage } from '@/utils/messaging';
import { settings } from '@/utils/state/settings';
import { shortTime } from '../customer/time-text';
import { downloadBlob } from '../download';
import { useTr } from '../use-tr';

/** End of shift: every open promise of this shop in this browser's log, for the next agent, exportable. */
export function Handover() {
  const tr = useTr();
  const [items, setItems] = useState<HandoverItem[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    sendMessage('promises:all', {})
      .then((actions) => setItems(handoverItems(actions, Date.now(), settings.value.agent?.shop)))
      .catch(() => setFailed(true));
  }, []);

  const exportList = () => {
    if (!items) return;
    downloadBlob(new Blob([handoverCsv(items)], { type: 'text/csv;charset=utf-8' }), `kefu-handover-${new Date().toISOString().slice(0, 10)}.csv`);
    logAction('handover.exported', { promises: items.filter((i) => i.kind === 'promise').length, buyers: new Set(items.map((i) => i.buyer)).size });
  };

  return (
    <section className="popup-handover" data-testid="handover">
      <h2>{tr('handover.title')}</h2>
      {failed && <p className="popup-status">{tr('customer.offline')}</p>}
      {items === null && !failed && <p className="popup-status">{tr('popup.loading')}</p>}
      {items?.length === 0 && <p className="popup-status">{tr('handover.empty')}</p>}
      {items && items.length > 0 && (
        <>
          <ul>
            {items.map((i) => (
              <li key={i.id} data-overdue={i.overdue} data-kind={i.kind}>
                {i.kind === 'case' && <span className="muted">{tr('handover.case')} </span>}
                <strong>{i.buyer}</strong> {i.summary} <span className="muted">{shortTime(i.dueAt, Date.now())}</span> {i.overdue && <em>{tr('handover.overdue')}</em>}{' '}
                {i.kind === 'case' && i.by && <span className="muted">{tr('handover.owner', { staffId: i.by })}</span>}
              </li>
            ))}
          </ul>
          <button type="button" onClick={exportList} data-testid="handover-export">
            {tr('handover.export')}
          </button>
        </>
      )}
    </section>
  );
}
