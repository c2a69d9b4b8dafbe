import type { RemarkSaveState } from '@/utils/content/remark-guard';
import type { RemarkError } from '@/utils/remark/remark-errors';
import type { EarlierLineEdit } from '@/utils/remark/remark-recovery';
import { ConfirmOnce } from '../panel/ConfirmOnce';
import { useReveal } from '../panel/use-reveal';

interface Props {
  state: RemarkSaveState;
  /** Earlier lines this save would lose, each with what replaced it and who wrote it. */
  edits: EarlierLineEdit[];
  /** Whether new lines were typed free-hand (their words can become the reason of a proper line). */
  freeText: boolean;
  labels: {
    blocked: string;
    warned: string;
    removed: string;
    confirm: string;
    confirmed: string;
    useText: string;
    restore: string;
    before: string;
    after: string;
    deleted: string;
    by: (staffId: string) => string;
  };
  describe: (error: RemarkError) => string;
  onConfirm: () => void;
  onUseText: () => void;
  onRestore: () => void;
}

/** Why the site's save was stopped: each failing field by line, lost earlier lines, and the confirm button when allowed. */
export function RemarkSaveFindings({ state, edits, freeText, labels, describe, onConfirm, onUseText, onRestore }: Props) {
  const { check } = state;
  const blocked = check.decision === 'block';
  const ref = useReveal<HTMLDivElement>(state);
  return (
    <div ref={ref} className={`kefu-guard ${blocked ? 'is-blocked' : 'is-warned'}`} role="alert" data-testid="kefu-remark-guard" data-decision={check.decision}>
      {(blocked || check.errors.length > 0) && <strong>{blocked ? labels.blocked : labels.warned}</strong>}
      {check.errors.length > 0 && (
        <ul>
          {check.errors.map((error, i) => (
            <li key={i} data-field={error.field} data-code={error.code}>
              {describe(error)}
            </li>
          ))}
        </ul>
      )}
      {freeText && (
        <button type="button" className="kefu-btn primary" onClick={onUseText} data-testid="kefu-remark-use-text">
          {labels.useText}
        </button>
      )}
      {check.removed.length > 0 && (
        <div data-testid="kefu-remark-removed">
          <p>{labels.removed}</p>
          <ul>
            {edits.map((edit) => (
              <li key={edit.before} data-testid="kefu-remark-edit">
                {edit.staffId && <span className="kefu-muted">{labels.by(edit.staffId)} </span>}
                <div>
                  {labels.before}
                  <del>{edit.before}</del>
                </div>
                <div>
                  {edit.after !== undefined ? (
                    <>
                      {labels.after}
                      <ins>{edit.after}</ins>
                    </>
                  ) : (
                    labels.deleted
                  )}
                </div>
              </li>
            ))}
          </ul>
          <button type="button" className="kefu-btn primary" onClick={onRestore} data-testid="kefu-remark-restore">
            {labels.restore}
          </button>
        </div>
      )}
      {!blocked && <ConfirmOnce confirmed={state.confirmed} labels={labels} testId="kefu-remark-confirm" onConfirm={onConfirm} />}
    </div>
  );
}
