import { useState } from 'react';
import { t } from '@/utils/state/settings';
import { importPolicyText } from '@/utils/team-config/import-policy';
import type { SaveStatus } from '../SaveBar';
import { importStatus } from './import-status';

/** An agent's way in for the lead's signed team file: no unlock needed, the signature is the lead's say-so. */
export function TeamConfigImport({ onImported }: { onImported: () => void }) {
  const tr = t.value;
  const [status, setStatus] = useState<SaveStatus>(null);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const outcome = await importPolicyText(await file.text());
    const shown = importStatus(outcome, tr);
    setStatus(shown);
    if (shown.ok) onImported();
  };
  return (
    <section className="dash-rules-block" data-testid="team-import">
      <h3>{tr('team.importTitle')}</h3>
      <p className="dash-muted">{tr('team.importExplain')}</p>
      <label className="dash-file">
        {tr('team.import')} <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} data-testid="team-import-file" />
      </label>
      {status && (
        <p role="status" className={status.ok ? 'dash-ok' : 'dash-bad'} data-testid="team-import-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
