import { useState } from 'react';
import { leadUnlocked } from '@/utils/lead/lead-lock';
import { teamMembershipStore } from '@/utils/storage/team-membership';
import { membership } from '@/utils/state/team';
import type { SaveStatus } from '../SaveBar';
import { importPickedFile } from './import-status';
import { useTr } from '../../use-tr';

/** An agent's way in for the lead's signed team file: no unlock needed, the signature is the lead's say-so. */
export function TeamConfigImport({ onImported }: { onImported: () => void }) {
  const tr = useTr();
  const [status, setStatus] = useState<SaveStatus>(null);
  return (
    <section className="dash-rules-block" data-testid="team-import">
      <h3>{tr('team.importTitle')}</h3>
      <p className="dash-muted">{tr('team.importExplain')}</p>
      <label className="dash-file">
        {tr('team.import')} <input type="file" accept=".json,application/json" onChange={(e) => void importPickedFile(e.currentTarget, tr, setStatus, onImported)} data-testid="team-import-file" />
      </label>
      {/* Leaving is the lead's (unlocked) and never for a team set by managed policy. */}
      {leadUnlocked.value && membership.value?.joinedVia === 'code' && (
        <button type="button" onClick={() => void teamMembershipStore.save(null).then(() => setStatus({ ok: true, text: tr('team.left') }))} data-testid="team-leave">
          {tr('team.leave')}
        </button>
      )}
      {status && (
        <p role="status" className={status.ok ? 'dash-ok' : 'dash-bad'} data-testid="team-import-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
