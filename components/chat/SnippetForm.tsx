import { useState } from 'react';
import { SecureField } from '../panel/SecureField';
import type { SnippetField } from '@/utils/templates/snippets';

interface Props {
  title: string;
  fields: SnippetField[];
  labels: { title: string; choose: string; insert: string; cancel: string; incomplete: string };
  /** False when a field is still open: the form stays. */
  onSubmit: (values: Record<string, string>) => boolean;
  onCancel: () => void;
}

/** The small form before a phrase with fields goes in: one row of choices per `{选择:…}`, one field per `{填写:…}`. */
export function SnippetForm({ fields, labels, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [incomplete, setIncomplete] = useState(false);
  const set = (id: string, value: string) => setValues((v) => ({ ...v, [id]: value }));
  const submit = (next = values) => setIncomplete(!onSubmit(next));
  return (
    <div className="kefu-snippet-form" data-testid="kefu-snippet-form" role="group" aria-label={labels.title}>
      <p className="kefu-snippet-title">{labels.title}</p>
      {fields.map((field, n) =>
        field.kind === 'choice' ? (
          <div key={field.id} className="kefu-snippet-choices" role="radiogroup" aria-label={labels.choose} data-testid="kefu-snippet-choice">
            {field.options.map((option) => (
              <button
                key={option}
                type="button"
                role="radio"
                aria-checked={values[field.id] === option}
                className={`kefu-btn${values[field.id] === option ? ' primary' : ''}`}
                onClick={() => set(field.id, option)}
              >
                {option}
              </button>
            ))}
          </div>
        ) : (
          <label key={field.id} className="kefu-snippet-text">
            <span>{field.label}</span>
            <SecureField
              value={values[field.id] ?? ''}
              onChange={(v) => set(field.id, v)}
              label={field.label}
              maxLength={100}
              autoFocus={n === 0}
              testId={`kefu-snippet-text-${field.id}`}
              onEnterUp={(v) => submit({ ...values, [field.id]: v })}
              onEscape={onCancel}
            />
          </label>
        ),
      )}
      {incomplete && (
        <p className="kefu-missing" role="status">
          {labels.incomplete}
        </p>
      )}
      <div className="kefu-snippet-buttons">
        <button type="button" className="kefu-btn primary" data-testid="kefu-snippet-insert" onClick={() => submit()}>
          {labels.insert}
        </button>
        <button type="button" className="kefu-btn" onClick={onCancel}>
          {labels.cancel}
        </button>
      </div>
    </div>
  );
}
