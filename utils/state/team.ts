import { signal } from '@preact/signals-react';
import { teamMembershipStore, type Membership } from '../storage/team-membership';

/** The team this browser joined (null: solo), mirroring extension storage; `undefined` until read. */
export const membership = signal<Membership | null | undefined>(undefined);

export function hydrateTeam(): () => void {
  return teamMembershipStore.follow((value) => (membership.value = value));
}
