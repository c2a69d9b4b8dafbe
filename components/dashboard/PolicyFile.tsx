import { useEffect, useState } from 'react';
import { serializePolicyFile } from '@/utils/policy/policy-file';
import { t } from '@/utils/state/settings';
import { loadTeamPolicy } from '@/utils/storage';
import { leadTeamStore } from '@/utils/storage/team-membership';
import { keyIdOf, serializeSignedTeamConfig } from '@/utils/team-config/signing';
import { issueSignedConfig } from '@/utils/lead/team-admin';
import { downloadBlob } from '../download';
import type { SaveStatus } from './SaveBar';
import { importPickedFile } from './team-config/import-status';

/** Everything the lead decides, exported and imported as one file (validated whole, or nothing changes). */
export function PolicyFile({ onImported }: { onImported: () => void }) {
  const tr = t.value;
  const [status, setStatus] = useState<SaveStatus>(null);
  const [leadsTeam, setLeadsTeam] = useState(false);
  useEffect(() => leadTeamStore.follow((team) => setLeadsTeam(!!team)), []);

  const exportFile = async () => {
    downloadBlob(new Blob([serializePolicyFile(await loadTeamPolicy())], { type: 'application/json' }), 'kefu-policy.json');
  };
  // The lead of a team hands out the signed file: agents' browsers refuse anything else.
  const exportSigned = async () => {
    const signed = await issueSignedConfig();
    downloadBlob(new Blob([serializeSignedTeamConfig(signed)], { type: 'application/json' }), 'kefu-team.json');
    const serial = (JSON.parse(signed.payload) as { serial: number }).serial;
    setStatus({ ok: true, text: tr('setup.exported', { serial, key: await keyIdOf(signed.publicKey) }) });
  };

  return (
    <section className="dash-rules-block" data-testid="rules-policy">
      <h3>{tr('policy.title')}</h3>
      <p className="dash-muted">{tr('policy.explain')}</p>
      <button type="button" onClick={() => void exportFile()} data-testid="rules-policy-export">
        {tr('policy.export')}
      </button>{' '}
      {leadsTeam && (
        <>
          <button type="button" className="primary" onClick={() => void exportSigned()} data-testid="rules-policy-export-signed">
            {tr('setup.export')}
          </button>{' '}
        </>
      )}
      <label className="dash-file">
        {tr('policy.import')} <input type="file" accept=".json,application/json" onChange={(e) => void importPickedFile(e.currentTarget, tr, setStatus, onImported)} data-testid="rules-policy-file" />
      </label>
      {status && (
        <p role="status" className={status.ok ? 'dash-ok' : 'dash-bad'} data-testid="rules-policy-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
