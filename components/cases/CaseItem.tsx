import { useState } from 'react';
import type { CaseView } from '@/utils/cases/case-state';
import type { CasesApi } from '@/utils/content/cases';
import { formatWait } from '@/utils/customer/waiting';
import { caseResolutionSchema, isWaiting, WAITING_STATUSES, type CaseResolution, type WaitingStatus } from '@/utils/model';
import { settings, t } from '@/utils/state/settings';
import { shortTime } from '../customer/time-text';
import { SecureField } from '../panel/SecureField';
import { Options } from '../Options';

/** One open case: where it stands, what is due next, and the next step's buttons. */
export function CaseItem({ item, api, now }: { item: CaseView; api: CasesApi; now: number }) {
  const tr = t.value;
  const lang = settings.value.uiLanguage;
  const [resolution, setResolution] = useState<CaseResolution>('resend');
  const [reason, setReason] = useState('');
  const [handTo, setHandTo] = useState('');
  const [handingOver, setHandingOver] = useState(false);
  const next = item.next;
  const waiting = isWaiting(item.status);
  return (
    <div className="kefu-case" data-testid="kefu-case" data-status={item.status} data-overdue={item.overdue}>
      <p>
        <strong>[{item.category}]</strong> {item.wants} <span className="kefu-muted">{tr(`case.status.${item.status}`)}</span>
      </p>
      {next && next.what !== 'close' && (
        <p className={item.overdue ? 'kefu-bad' : 'kefu-muted'} data-testid="kefu-case-due">
          {item.overdue
            ? tr('case.overdue', { what: tr(`case.next.${next.what}`), time: formatWait(now - next.at, lang) })
            : tr('case.due', { what: tr(`case.next.${next.what}`), when: shortTime(next.at, now) })}
        </p>
      )}
      <p className="kefu-muted">{tr('case.owner', { staffId: item.owner ?? '—' })}</p>
      {waiting && (
        <div className="kefu-case-actions">
          <select value={item.status} onChange={(e) => api.setStatus(item.id, e.target.value as WaitingStatus)} data-testid="kefu-case-status" aria-label={tr('case.status.open')}>
            <Options values={WAITING_STATUSES} label={(s) => tr(`case.status.${s}`)} />
          </select>
          <select value={item.evidence} onChange={(e) => api.setEvidence(item.id, e.target.value as CaseView['evidence'])} aria-label={tr('case.evidence')}>
            <Options values={['none', 'asked', 'received'] as const} label={(v) => tr(`case.evidence.${v}`)} />
          </select>
          <select value={resolution} onChange={(e) => setResolution(e.target.value as CaseResolution)} data-testid="kefu-case-resolution" aria-label={tr('case.resolution')}>
            <Options values={caseResolutionSchema.options} label={(r) => tr(`case.resolution.${r}`)} />
          </select>
          <button type="button" className="kefu-btn primary" onClick={() => api.resolve(item.id, resolution)} data-testid="kefu-case-resolve">
            {tr('case.resolve')}
          </button>
        </div>
      )}
      {item.status === 'resolved' && (
        <div className="kefu-case-actions">
          <button type="button" className="kefu-btn primary" onClick={() => api.visit(item.id, 'done')} data-testid="kefu-case-visit-done">
            {tr('case.visitDone')}
          </button>
          <SecureField value={reason} maxLength={200} placeholder={tr('case.visitSkipReason')} label={tr('case.visitSkipReason')} onChange={setReason} testId="kefu-case-skip-reason" />
          <button type="button" className="kefu-btn" disabled={reason.trim().length < 2} onClick={() => api.visit(item.id, 'skipped', reason)} data-testid="kefu-case-visit-skip">
            {tr('case.visitSkip')}
          </button>
        </div>
      )}
      {item.status === 'visited' && (
        <button type="button" className="kefu-btn primary" onClick={() => api.close(item.id)} data-testid="kefu-case-close">
          {tr('case.close')}
        </button>
      )}
      <details className="kefu-case-handover" onToggle={(e) => setHandingOver(e.currentTarget.open)}>
        <summary>{tr('case.reassign')}</summary>
        {handingOver && (
          <>
            <SecureField value={handTo} maxLength={20} placeholder={tr('case.reassignTo')} label={tr('case.reassignTo')} onChange={setHandTo} testId="kefu-case-handto" />
            <SecureField value={reason} maxLength={200} placeholder={tr('case.reassignReason')} label={tr('case.reassignReason')} onChange={setReason} testId="kefu-case-handreason" />
            <button type="button" className="kefu-btn" disabled={!handTo.trim() || reason.trim().length < 2} onClick={() => api.reassign(item.id, handTo, reason)} data-testid="kefu-case-handover">
              {tr('case.reassign')}
            </button>
          </>
        )}
      </details>
    </div>
  );
}
