import { t } from '@/utils/state/settings';

/** The mark beside a value set by managed (enterprise) policy: it cannot be changed here. */
export function ManagedLock({ name }: { name: string }) {
  return (
    <span className="dash-managed" title={t.value('team.managed')} data-testid="managed-lock" data-managed={name}>
      🔒 {t.value('team.managed')}
    </span>
  );
}
