import { useState } from 'react';
import type { ActivePlaybook, PlaybookRunner } from '@/utils/content/playbook-runner';
import { t } from '@/utils/state/settings';

/** One playbook's steps: the current one highlighted, ticks from the log, skip with a reason, escalate. */
export function PlaybookChecklist({ item, runner }: { item: ActivePlaybook; runner: PlaybookRunner }) {
  const tr = t.value;
  const [skipping, setSkipping] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { playbook, progress } = item;
  return (
    <div className="kefu-playbook-body">
      <ol className="kefu-steps">
        {progress.steps.map(({ step, status, auto, reason: skippedWhy }) => (
          <li key={step.id} data-step={step.id} data-status={status} className={progress.current === step.id ? 'is-current' : `is-${status}`}>
            <span className="kefu-step-mark">{status === 'done' ? '✓' : status === 'skipped' ? '–' : '○'}</span>
            <span className="kefu-step-text">
              {step.text}
              {step.required && status === 'pending' && <em> · {tr('playbook.required')}</em>}
              {status === 'done' && auto && <em> · {tr('playbook.auto')}</em>}
              {status === 'skipped' && <em> · {tr('playbook.skipped', { reason: skippedWhy || '—' })}</em>}
            </span>
            {status === 'pending' && (
              <span className="kefu-step-actions">
                {step.templateId && runner.canInsert && (
                  <button type="button" className="kefu-btn primary" onClick={() => runner.insertTemplate(step.templateId!)}>
                    {tr('playbook.insert')}
                  </button>
                )}
                <button type="button" className="kefu-btn" onClick={() => runner.done(playbook.id, step.id)}>
                  {tr('playbook.done')}
                </button>
                <button type="button" className="kefu-btn" onClick={() => (setSkipping(step.id), setReason(''))}>
                  {tr('playbook.skip')}
                </button>
              </span>
            )}
            {skipping === step.id && (
              <form
                className="kefu-inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (runner.skip(playbook.id, step.id, reason)) setSkipping(null);
                }}
              >
                <input autoFocus value={reason} maxLength={200} required={step.required} placeholder={tr(step.required ? 'playbook.reason' : 'playbook.reasonOptional')} onChange={(e) => setReason(e.target.value)} data-testid="kefu-skip-reason" />
                <button type="submit" className="kefu-btn" disabled={step.required && !reason.trim()}>
                  {tr('playbook.confirmSkip')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ol>
      {progress.complete && <p className="kefu-muted">{tr('playbook.completed')}</p>}
      {playbook.escalateTo &&
        (progress.escalated ? (
          <p className="kefu-muted">{tr('playbook.escalated')}</p>
        ) : (
          <button type="button" className="kefu-btn" onClick={() => runner.escalate(playbook.id, playbook.escalateTo!)}>
            {tr('playbook.escalate', { to: playbook.escalateTo })}
          </button>
        ))}
    </div>
  );
}
