import { signal } from '@preact/signals-react';
import type { ManagedPolicy } from '../model';
import { followManaged } from '../storage/managed';
import { teamMembershipStore, type Membership } from '../storage/team-membership';
import { syncManagedTeam } from '../team-config/managed-team';

/** The team this browser joined (null: solo), mirroring extension storage; `undefined` until read. */
export const membership = signal<Membership | null | undefined>(undefined);
/** What enterprise policy sets (empty where there is none): the editors show these parts locked. */
export const managedPolicy = signal<ManagedPolicy>({});

export function hydrateTeam(): () => void {
  const unwatchManaged = followManaged((policy) => {
    managedPolicy.value = policy;
    void syncManagedTeam().catch((error) => console.warn('[kefu] managed team not applied', error));
  });
  const unwatchTeam = teamMembershipStore.follow((value) => (membership.value = value));
  return () => {
    unwatchManaged();
    unwatchTeam();
  };
}
