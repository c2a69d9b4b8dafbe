import { matchCount } from '@/utils/picker/propose-selector';
import type { SelectorBasis } from '@/utils/picker/propose-selector';
import { pageFieldLabel } from '@/utils/export/labels';
import { settings, t } from '@/utils/state/settings';
import { SecureField } from '../panel/SecureField';

interface Props {
  doc: Document;
  names: readonly string[];
  values: Record<string, string>;
  /** How the page read each field just now (fix mode). */
  health?: Record<string, string>;
  basis: Record<string, SelectorBasis>;
  /** The adapter's own selector and fallback for each field (fix mode): shown as the input's placeholder and hint. */
  defaults?: Record<string, { selector: string; fallback?: string }>;
  picking: string | null;
  onChange: (name: string, selector: string) => void;
  onPick: (name: string) => void;
}

/** A field's name in the UI language; a name no message covers (a lead's own, a newer build's) as itself. */
const labelOf = (_tr: (typeof t)['value'], name: string) => pageFieldLabel(name, settings.value.uiLanguage);

/** One line per field: its name, how it reads now, the selector (editable), how many elements it finds here, and Pick. */
export function FieldRows({ doc, names, values, health, basis, defaults, picking, onChange, onPick }: Props) {
  const tr = t.value;
  return (
    <ul className="kefu-pick-fields">
      {names.map((name) => {
        const value = values[name] ?? '';
        const count = value ? matchCount(doc, value) : undefined;
        return (
          <li key={name} data-testid={`pick-field-${name}`} data-via={health?.[name] ?? ''}>
            <div className="kefu-row">
              <strong title={defaults?.[name] ? [defaults[name].selector, defaults[name].fallback].filter(Boolean).join(' · ') : undefined}>{labelOf(tr, name)}</strong>
              {health?.[name] && <span className={`kefu-muted is-${health[name]}`}>{tr(`health.via.${health[name]}` as never)}</span>}
              <button type="button" className="kefu-small" aria-pressed={picking === name} onClick={() => onPick(name)} data-testid={`pick-${name}`}>
                {value ? tr('picker.repick') : tr('picker.pick')}
              </button>
            </div>
            <SecureField
              value={value}
              placeholder={defaults?.[name]?.selector}
              onChange={(selector) => onChange(name, selector)}
              monospace
              label={labelOf(tr, name)}
              testId={`pick-selector-${name}`}
            />
            {value && (
              <span className="kefu-muted" data-testid={`pick-count-${name}`} data-count={count ?? -1}>
                {count === undefined ? tr('picker.invalid') : tr('picker.matches', { count })}
                {basis[name] ? ` · ${tr(`picker.basis.${basis[name]}` as never)}` : ''}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export { labelOf as fieldLabel };
