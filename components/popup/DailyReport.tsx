import { useState } from 'react';
import { logAction } from '@/utils/log/log-action';
import { sendMessage } from '@/utils/messaging';
import { draftDailyReport } from '@/utils/playbooks/daily-report';
import { settings } from '@/utils/state/settings';
import { downloadBlob } from '../download';
import { chinaDate } from '@/utils/time/china-time';
import { useTr } from '../use-tr';

/** Today's report drafted from the log, editable, then copied or exported. */
export function DailyReport() {
  const tr = useTr();
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const day = chinaDate(Date.now());

  const draft = async () => {
    try {
      const actions = await sendMessage('log:recent', { limit: 5000 });
      setText(draftDailyReport(actions, { staffId: settings.value.agent?.staffId, day }));
    } catch {
      setStatus(tr('customer.offline'));
    }
  };
  const finish = async (exported: boolean) => {
    if (text === null) return;
    if (exported) downloadBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), `日报-${day}.txt`);
    else await navigator.clipboard.writeText(text).catch(() => {});
    logAction('report.generated', { day, length: text.length, exported });
    setStatus(exported ? '' : tr('report.copied'));
  };

  return (
    <section className="popup-handover" data-testid="daily-report">
      <h2>{tr('report.title')}</h2>
      {text === null ? (
        <button type="button" onClick={() => void draft()} data-testid="report-draft">
          {tr('report.generate')}
        </button>
      ) : (
        <>
          <textarea className="popup-report" rows={12} value={text} onChange={(e) => setText(e.target.value)} data-testid="report-text" />
          <button type="button" onClick={() => void finish(false)}>
            {tr('report.copy')}
          </button>{' '}
          <button type="button" onClick={() => void finish(true)} data-testid="report-export">
            {tr('report.export')}
          </button>
        </>
      )}
      {status && <p className="popup-status">{status}</p>}
    </section>
  );
}
