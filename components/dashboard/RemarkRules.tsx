import { useEffect, useState } from 'react';
import { remarkFormatSchema, type RemarkFormat } from '@/utils/model';
import { parseJsonInput } from '@/utils/json-input';
import { remarkFormatStore } from '@/utils/storage';
import { SaveBar, type SaveStatus } from './SaveBar';
import { managedPolicy } from '@/utils/state/team';
import { ManagedLock } from './ManagedLock';
import { useTr } from '../use-tr';

/** The remark format: block or warn, the change types, and the whole format as JSON for the rest. */
export function RemarkRules() {
  const tr = useTr();
  const enforcementLocked = !!managedPolicy.value.remarkEnforcement;
  const [format, setFormat] = useState<RemarkFormat | null>(null);
  const [json, setJson] = useState('');
  const [status, setStatus] = useState<SaveStatus>(null);
  const [changeTypesText, setChangeTypesText] = useState<string | null>(null);
  useEffect(() => {
    void remarkFormatStore.load().then((f) => {
      setFormat(f);
      setJson(JSON.stringify(f, null, 2));
    });
  }, []);
  if (!format) return <p className="dash-muted">{tr('dash.loading')}</p>;

  const edit = (next: RemarkFormat) => {
    setFormat(next);
    setJson(JSON.stringify(next, null, 2));
  };
  const save = async () => {
    const parsed = parseJsonInput(json, remarkFormatSchema);
    if (!parsed.ok) return setStatus({ ok: false, text: tr('rules.invalid', { where: parsed.where, message: parsed.message }) });
    await remarkFormatStore.save(parsed.data);
    edit(parsed.data);
    setStatus({ ok: true, text: tr('rules.saved') });
  };

  return (
    <section className="dash-rules-block" data-testid="rules-remark">
      <h3>{tr('rules.remark')}</h3>
      <label>
        {tr('rules.enforcement')}{' '}
        <select
          value={format.enforcement}
          disabled={enforcementLocked}
          onChange={(e) => edit({ ...format, enforcement: e.target.value as RemarkFormat['enforcement'] })}
          data-testid="rules-remark-enforcement"
        >
          <option value="block">{tr('rules.enforcement.block')}</option>
          <option value="warn">{tr('rules.enforcement.warn')}</option>
        </select>
        {enforcementLocked && (
          <>
            {' '}
            <ManagedLock name="remarkEnforcement" />
          </>
        )}
      </label>
      <label className="dash-block-label">
        {tr('rules.changeTypes')}
        {/* The box keeps what is typed (a new, still empty line included); the list is read from it. */}
        <textarea
          rows={5}
          value={changeTypesText ?? format.changeTypes.join('\n')}
          onChange={(e) => {
            setChangeTypesText(e.target.value);
            edit({
              ...format,
              changeTypes: e.target.value
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
            });
          }}
          data-testid="rules-change-types"
        />
      </label>
      <details>
        <summary>{tr('rules.advanced')}</summary>
        <textarea className="dash-json" rows={16} value={json} onChange={(e) => setJson(e.target.value)} spellCheck={false} data-testid="rules-remark-json" />
      </details>
      <SaveBar name="remark" status={status} onSave={() => void save()} />
    </section>
  );
}
