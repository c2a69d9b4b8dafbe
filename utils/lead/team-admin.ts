import type { RosterEntry, SignedTeamConfig } from '../model';
import { hashPin } from './pin';
import { loadLeadKey, saveLeadKey } from './lead-key-store';
import { loadTeamPolicy } from '../storage';
import { leadTeamStore, type LeadTeam } from '../storage/team-membership';
import { makeSetupCode } from '../team-config/setup-code';
import { generateLeadKey, rotateLeadKey, signTeamConfig } from '../team-config/signing';

/** The team unlock secret a lead sets: long, because its hash travels in every config an agent's PC holds. */
export const MIN_TEAM_SECRET_LENGTH = 10;

export const newTeamId = () => `team-${[...crypto.getRandomValues(new Uint8Array(5))].map((b) => b.toString(16).padStart(2, '0')).join('')}`;

/** Makes this browser the lead's for a new team: a fresh signing key (non-extractable), the team and its secret. */
export async function createTeam(teamName: string, unlockSecret: string, roster: RosterEntry[] = [], teamId = newTeamId()): Promise<LeadTeam> {
  if (unlockSecret.length < MIN_TEAM_SECRET_LENGTH) throw new Error(`unlock secret: at least ${MIN_TEAM_SECRET_LENGTH} characters`);
  if (await leadTeamStore.load()) throw new Error('this browser already runs a team');
  const key = await generateLeadKey();
  await saveLeadKey(key);
  const team: LeadTeam = { teamId, teamName, serial: 0, roster, rotations: [], publicKey: key.publicKey, leadUnlock: await hashPin(unlockSecret, 600_000) };
  await leadTeamStore.save(team);
  return team;
}

export async function saveRoster(roster: RosterEntry[]): Promise<void> {
  const team = await leadTeamStore.load();
  if (!team) throw new Error('no team in this browser');
  await leadTeamStore.save({ ...team, roster });
}

/** Signs the team policy as it stands in this browser, with the roster, under the next serial. */
export async function issueSignedConfig(now = new Date()): Promise<SignedTeamConfig> {
  const [team, key, policy] = await Promise.all([leadTeamStore.load(), loadLeadKey(), loadTeamPolicy()]);
  if (!team || !key) throw new Error('no team signing key in this browser');
  const serial = Math.max(team.serial + 1, now.getTime()); // grows even if the stored counter was lost
  const signed = await signTeamConfig(
    {
      format: 'kefu-assist/team-config',
      version: 1,
      teamId: team.teamId,
      teamName: team.teamName,
      serial,
      issuedAt: now.toISOString(),
      roster: team.roster,
      ...(team.leadUnlock ? { leadUnlock: team.leadUnlock } : {}),
      policy: { ...policy, exportedAt: now.toISOString() },
    },
    key,
    team.rotations,
  );
  await leadTeamStore.save({ ...team, serial });
  return signed;
}

/** A new signing key, vouched for by the old one: agents follow on the next config they import. */
export async function rotateTeamKey(now = new Date()): Promise<LeadTeam> {
  const [team, old] = await Promise.all([leadTeamStore.load(), loadLeadKey()]);
  if (!team || !old) throw new Error('no team signing key in this browser');
  const next = await generateLeadKey();
  const rotation = await rotateLeadKey(old, next, now);
  await saveLeadKey(next);
  const updated = { ...team, publicKey: next.publicKey, rotations: [...team.rotations, rotation].slice(-50) };
  await leadTeamStore.save(updated);
  return updated;
}

/** The team's setup code and one per person on the roster (which also names them). */
export async function setupCodes(team: LeadTeam): Promise<{ team: string; people: { entry: RosterEntry; code: string }[] }> {
  const base = { teamId: team.teamId, publicKey: team.publicKey };
  return { team: await makeSetupCode(base), people: await Promise.all(team.roster.map(async (entry) => ({ entry, code: await makeSetupCode({ ...base, staffId: entry.staffId }) }))) };
}
