import type { Settings } from '../model';
import { saveTeamPolicy, settingsStore } from '../storage';
import { teamMembershipStore, type Membership } from '../storage/team-membership';
import { agentFromRoster } from './roster';
import { parseSetupCode, type SetupCode } from './setup-code';
import { verifyTeamConfig, type ConfigCheck } from './signing';

/** The setting the roster decides, written so everything that reads the agent (logs, playbooks, guard) sees it. */
async function applyRosterToSettings(membership: Membership): Promise<Settings> {
  const current = await settingsStore.load();
  const agent = agentFromRoster(membership.roster, membership.staffId, membership.teamName, current.agent);
  const next: Settings = { ...current, ...(agent ? { agent } : {}) };
  if (!agent) delete next.agent;
  await settingsStore.save(next);
  return next;
}

export type JoinResult = { ok: true; membership: Membership } | { ok: false; reason: 'format' | 'checksum' | 'already-joined' };

/** Joins a team once, from the lead's setup code: pins the lead's key. A browser in a team cannot join another. */
export async function joinTeam(text: string, now = new Date()): Promise<JoinResult> {
  const parsed = await parseSetupCode(text);
  if (!parsed.ok) return parsed;
  const current = await teamMembershipStore.load();
  if (current) {
    // The same team's personal code may still name this browser's person, once.
    if (current.teamId !== parsed.code.teamId || current.staffId || !parsed.code.staffId) return { ok: false, reason: 'already-joined' };
    const named = { ...current, staffId: parsed.code.staffId };
    await teamMembershipStore.save(named);
    await applyRosterToSettings(named);
    return { ok: true, membership: named };
  }
  return { ok: true, membership: await pinTeam(parsed.code, 'code', now) };
}

export async function pinTeam(code: SetupCode, via: Membership['joinedVia'], now = new Date()): Promise<Membership> {
  const membership: Membership = {
    teamId: code.teamId,
    teamName: '',
    publicKey: code.publicKey,
    serial: 0,
    roster: [],
    joinedVia: via,
    joinedAt: now.toISOString(),
    ...(code.staffId ? { staffId: code.staffId } : {}),
  };
  await teamMembershipStore.save(membership);
  await applyRosterToSettings(membership);
  return membership;
}

export type ApplyResult = ConfigCheck | { ok: false; reason: 'solo' };

/**
 * A team config file from the lead: verified against the pinned key and serial, then its policy goes into the
 * stores, its roster decides this person's role, and the newer serial (and key, after a rotation) is pinned.
 */
export async function applyTeamConfigFile(text: string): Promise<ApplyResult> {
  const membership = await teamMembershipStore.load();
  if (!membership) return { ok: false, reason: 'solo' };
  const check = await verifyTeamConfig(text, membership);
  if (!check.ok) return check;
  const { config } = check;
  await saveTeamPolicy(config.policy);
  const next: Membership = {
    ...membership,
    teamName: config.teamName,
    publicKey: check.publicKey,
    serial: config.serial,
    roster: config.roster,
    ...(config.leadUnlock ? { leadUnlock: config.leadUnlock } : {}),
  };
  if (!config.leadUnlock) delete next.leadUnlock;
  await teamMembershipStore.save(next);
  await applyRosterToSettings(next);
  return check;
}

/**
 * The agent picks their 工号 from the roster, once (a per-person code does it for them). A lead's 工号 is not on offer:
 * the lead's browser holds the key, and a lead on an agent's PC unlocks with the team secret instead.
 */
export async function chooseStaffId(staffId: string): Promise<boolean> {
  const membership = await teamMembershipStore.load();
  if (!membership || membership.staffId || !membership.roster.some((r) => r.staffId === staffId && r.role !== 'lead')) return false;
  const next = { ...membership, staffId };
  await teamMembershipStore.save(next);
  await applyRosterToSettings(next);
  return true;
}
