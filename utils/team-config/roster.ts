import type { Agent, RosterEntry } from '../model';

/**
 * Who this browser's person is, from the lead's roster: name and role are the lead's. A 工号 the roster does not list
 * gets the least a team member can be (trainee) until the lead lists it; no 工号 yet, or no config from the lead yet,
 * means no agent.
 */
export function agentFromRoster(roster: RosterEntry[], staffId: string | undefined, teamName: string, current?: Agent): Agent | undefined {
  if (!staffId || !teamName) return undefined;
  const entry = roster.find((r) => r.staffId === staffId);
  return { name: entry?.name ?? current?.name ?? staffId, staffId, role: entry?.role ?? 'trainee', shop: current?.shop || teamName };
}

/** Parses the lead's roster as typed: one person a line, `工号, 姓名, 角色` (commas, tabs or 、; role in zh or en). */
export function parseRosterText(text: string): { roster: RosterEntry[]; errors: { line: number; text: string }[] } {
  const ROLES: Record<string, RosterEntry['role']> = { agent: 'agent', 客服: 'agent', lead: 'lead', 组长: 'lead', trainee: 'trainee', 试用期: 'trainee', 新人: 'trainee' };
  const roster: RosterEntry[] = [];
  const errors: { line: number; text: string }[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const [staffId = '', name = '', role = ''] = line.split(/\s*[,，\t、]\s*/);
    const mapped = ROLES[role.trim().toLowerCase()] ?? ROLES[role.trim()];
    if (!/^[A-Za-z0-9_-]{1,16}$/.test(staffId) || !name.trim() || name.length > 40 || !mapped || seen.has(staffId)) return void errors.push({ line: i + 1, text: line.slice(0, 80) });
    seen.add(staffId);
    roster.push({ staffId, name: name.trim(), role: mapped });
  });
  return { roster, errors };
}

export const rosterText = (roster: RosterEntry[]) => roster.map((r) => `${r.staffId}, ${r.name}, ${r.role}`).join('\n');
