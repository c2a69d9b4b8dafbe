import { useEffect, useState } from 'react';
import { followStorageProblems, type StorageProblems } from '@/utils/storage';
import { storedItemLabel } from '@/utils/storage/item-names';
import { t } from '@/utils/state/settings';

/** Tells the agent (panel, popup) that something they saved could not be read, and that it was kept. */
export function StorageProblemNotice() {
  const tr = t.value;
  const [problems, setProblems] = useState<StorageProblems>({});
  useEffect(() => followStorageProblems(setProblems), []);
  const current = Object.entries(problems).filter(([, p]) => p.current);
  if (current.length === 0) return null;
  const items = current.map(([key]) => {
    const label = storedItemLabel(key);
    return label ? tr(label) : key;
  });
  return (
    <p className="kefu-warning" role="status" data-testid="kefu-storage-problem">
      {tr('storage.problem', { items: items.join('、') })}
    </p>
  );
}
