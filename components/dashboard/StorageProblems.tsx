import { useEffect, useState } from 'react';
import { dismissStorageProblem, followStorageProblems, storedItemLabel, type StorageProblems as Problems } from '@/utils/storage';
import { t } from '@/utils/state/settings';
import { downloadBlob } from '../download';

/** For the lead: stored values that did not parse on this browser, each with its original to download. */
export function StorageProblems() {
  const tr = t.value;
  const [problems, setProblems] = useState<Problems>({});
  useEffect(() => followStorageProblems(setProblems), []);
  const entries = Object.entries(problems);
  if (entries.length === 0) return null;
  return (
    <section className="dash-rules-block" data-testid="rules-storage-problems">
      <h3>{tr('storage.title')}</h3>
      <ul>
        {entries.map(([key, problem]) => {
          const label = storedItemLabel(key);
          return (
            <li key={key} data-key={key}>
              <strong>{label ? tr(label) : key}</strong> <span className="dash-muted">{problem.current ? tr('storage.current') : tr('storage.replaced')}</span>
              <br />
              <code>{problem.message}</code>
              <br />
              {tr('storage.reset', { fields: problem.reset.join(', ') })}{' '}
              <button type="button" onClick={() => downloadBlob(new Blob([JSON.stringify(problem.raw, null, 2)], { type: 'application/json' }), `kefu-${key.replace(/^local:/, '')}-original.json`)}>
                {tr('storage.download')}
              </button>{' '}
              <button type="button" onClick={() => void dismissStorageProblem(key)}>
                {tr('storage.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
