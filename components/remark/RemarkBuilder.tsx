import type { RemarkDraft } from '@/utils/content/remark-guard';
import type { RemarkFormat } from '@/utils/model';
import { SecureField } from '../panel/SecureField';

interface Props {
  format: RemarkFormat;
  flags: string[];
  draft: RemarkDraft;
  preview: { entry: string; length: number; limit: number; invalid: string | null; tooLong: string | null };
  disabledReason: string | null;
  labels: { changeType: string; reason: string; reasonPlaceholder: string; note: string; flag: string; preview: string; length: string; fill: string; fillHint: string };
  onChange: (next: Partial<RemarkDraft>) => void;
  onFill: () => void;
}

/** Change type, reason and flag in; the shop-format line out, appended under the earlier remark when filled. */
export function RemarkBuilder({ format, flags, draft, preview, disabledReason, labels, onChange, onFill }: Props) {
  const blocked = disabledReason ?? preview.invalid ?? preview.tooLong;
  return (
    <form
      className="kefu-remark-builder"
      data-testid="kefu-remark-builder"
      onSubmit={(event) => {
        event.preventDefault();
        onFill();
      }}
    >
      <label>
        {labels.changeType}
        <select value={draft.changeType} onChange={(e) => onChange({ changeType: e.target.value })} data-testid="kefu-remark-change">
          {format.changeTypes.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
      </label>
      <label>
        {labels.flag}
        <select value={draft.flag} onChange={(e) => onChange({ flag: e.target.value })} data-testid="kefu-remark-flag">
          {flags.map((flag) => (
            <option key={flag}>{flag}</option>
          ))}
        </select>
      </label>
      <label className="is-wide">
        {labels.reason}
        <SecureField
          value={draft.reason}
          maxLength={format.maxReasonLength}
          placeholder={labels.reasonPlaceholder}
          label={labels.reason}
          onChange={(reason) => onChange({ reason })}
          onEnter={(reason) => (onChange({ reason }), onFill())}
          testId="kefu-remark-reason"
        />
      </label>
      <label className="is-wide">
        {labels.note}
        <SecureField value={draft.note} maxLength={60} label={labels.note} onChange={(note) => onChange({ note })} onEnter={(note) => (onChange({ note }), onFill())} testId="kefu-remark-note" />
      </label>
      <div className="kefu-remark-preview is-wide">
        <span className="kefu-muted">{labels.preview}</span>
        <code data-testid="kefu-remark-preview">{preview.entry}</code>
        <span className={preview.length > preview.limit ? 'kefu-over' : 'kefu-muted'}>{labels.length}</span>
      </div>
      {blocked && (
        <p className="kefu-missing is-wide" data-testid="kefu-remark-problem">
          {blocked}
        </p>
      )}
      <div className="is-wide">
        <button type="submit" className="kefu-btn primary" disabled={!!blocked} data-testid="kefu-remark-fill">
          {labels.fill}
        </button>{' '}
        <span className="kefu-muted">{labels.fillHint}</span>
      </div>
    </form>
  );
}
