import { managedSource } from '../storage/managed';
import { teamMembershipStore } from '../storage/team-membership';
import { applyTeamConfigFile, pinTeam, type ApplyResult } from './join';

/**
 * Managed policy that names a team makes this browser a member of it (winning over a team joined by hand), and its
 * signed config is applied as if imported (only when signed by the pinned key and newer). Safe to call often.
 */
export async function syncManagedTeam(): Promise<ApplyResult | null> {
  const policy = await managedSource.ready();
  if (policy.team) {
    const membership = await teamMembershipStore.load();
    // A managed membership that followed a key rotation keeps the newer key; any other differs from policy and yields.
    const keep = membership && membership.teamId === policy.team.teamId && (membership.joinedVia === 'managed' || membership.publicKey === policy.team.leadPublicKey);
    if (!keep) await pinTeam({ teamId: policy.team.teamId, publicKey: policy.team.leadPublicKey }, 'managed');
    else if (membership.joinedVia !== 'managed') await teamMembershipStore.save({ ...membership, joinedVia: 'managed' });
  }
  if (!policy.signedConfig) return null;
  return applyTeamConfigFile(policy.signedConfig);
}
