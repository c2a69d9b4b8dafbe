import { useState } from 'react';
import { parsePolicyFile, serializePolicyFile } from '@/utils/policy/policy-file';
import { t } from '@/utils/state/settings';
import { loadTeamPolicy, saveTeamPolicy } from '@/utils/storage';
import { downloadBlob } from '../download';
import type { SaveStatus } from './SaveBar';

/** Everything the lead decides, exported and imported as one file (validated whole, or nothing changes). */
export function PolicyFile({ onImported }: { onImported: () => void }) {
  const tr = t.value;
  const [status, setStatus] = useState<SaveStatus>(null);

  const exportFile = async () => {
    downloadBlob(new Blob([serializePolicyFile(await loadTeamPolicy())], { type: 'application/json' }), 'kefu-policy.json');
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parsePolicyFile(await file.text());
    if (!parsed.ok) return setStatus({ ok: false, text: tr('policy.invalid', { where: parsed.where, message: parsed.message.slice(0, 200) }) });
    await saveTeamPolicy(parsed.data);
    setStatus({ ok: true, text: tr('policy.imported', { templates: parsed.data.templates.length, playbooks: parsed.data.playbooks.length }) });
    onImported();
  };

  return (
    <section className="dash-rules-block" data-testid="rules-policy">
      <h3>{tr('policy.title')}</h3>
      <p className="dash-muted">{tr('policy.explain')}</p>
      <button type="button" onClick={() => void exportFile()} data-testid="rules-policy-export">
        {tr('policy.export')}
      </button>{' '}
      <label className="dash-file">
        {tr('policy.import')} <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget)} data-testid="rules-policy-file" />
      </label>
      {status && (
        <p role="status" className={status.ok ? 'dash-ok' : 'dash-bad'} data-testid="rules-policy-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
