import { useState } from 'react';
import type { ActivePlaybook, PlaybookRunner } from '@/utils/content/playbook-runner';
import { stepText } from '@/utils/playbooks/playbook-text';
import { settings, t } from '@/utils/state/settings';
import { SecureField } from '../panel/SecureField';

/** One playbook's steps: the current one highlighted, ticks from the log, skip with a reason, escalate. */
export function PlaybookChecklist({ item, runner }: { item: ActivePlaybook; runner: PlaybookRunner }) {
  const tr = t.value;
  const [skipping, setSkipping] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  // Compact by default: the current step and the next in full, settled ones on one line each, later ones counted, so
  // the suggestions below stay in view; the whole list is one click away.
  const [showAll, setShowAll] = useState(false);
  const { playbook, progress } = item;
  const pending = progress.steps.filter((s) => s.status === 'pending').map((s) => s.step.id);
  const upNext = new Set(pending.slice(0, 2));
  const later = pending.length - upNext.size;
  return (
    <div className="kefu-playbook-body">
      <ol className={`kefu-steps${showAll ? '' : ' is-compact'}`} data-testid="kefu-steps">
        {progress.steps.map(
          ({ step, status, auto, reason: skippedWhy }) =>
            (showAll || status !== 'pending' || upNext.has(step.id)) && (
              <li key={step.id} data-step={step.id} data-status={status} className={progress.current === step.id ? 'is-current' : `is-${status}`}>
                <span className="kefu-step-mark">{status === 'done' ? '✓' : status === 'skipped' ? '–' : '○'}</span>
                <span className="kefu-step-text">
                  {stepText(playbook.id, step, settings.value.uiLanguage)}
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
                    <SecureField
                      autoFocus
                      value={reason}
                      maxLength={200}
                      placeholder={tr(step.required ? 'playbook.reason' : 'playbook.reasonOptional')}
                      label={tr(step.required ? 'playbook.reason' : 'playbook.reasonOptional')}
                      onChange={setReason}
                      onEnter={(text) => (!step.required || text.trim()) && runner.skip(playbook.id, step.id, text) && setSkipping(null)}
                      onEscape={() => setSkipping(null)}
                      testId="kefu-skip-reason"
                    />
                    <button type="submit" className="kefu-btn" disabled={step.required && !reason.trim()}>
                      {tr('playbook.confirmSkip')}
                    </button>
                  </form>
                )}
              </li>
            ),
        )}
      </ol>
      {(later > 0 || showAll) && (
        <button type="button" className="kefu-link" onClick={() => setShowAll(!showAll)} data-testid="kefu-steps-toggle">
          {showAll ? tr('playbook.fewerSteps') : tr('playbook.moreSteps', { count: later })}
        </button>
      )}
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
