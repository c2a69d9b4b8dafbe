import { publicKeySchema, staffIdSchema, teamIdSchema } from '../model/team-config';

/**
 * The string a lead gives each agent to join the team: the team id, the lead's public key (which the agent's browser
 * pins) and, on a per-person code, the agent's 工号. Four hex digits of checksum catch a mistyped or cut-off code.
 * `kefu1.<team>.<key>[.<工号>].<check>`
 */
export interface SetupCode {
  teamId: string;
  publicKey: string;
  staffId?: string;
}

const PREFIX = 'kefu1';

async function checksum(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest.slice(0, 2)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function makeSetupCode(code: SetupCode): Promise<string> {
  const body = [PREFIX, code.teamId, code.publicKey, ...(code.staffId ? [code.staffId] : [])].join('.');
  return `${body}.${await checksum(body)}`;
}

export type SetupCodeParse = { ok: true; code: SetupCode } | { ok: false; reason: 'format' | 'checksum' };

export async function parseSetupCode(text: string): Promise<SetupCodeParse> {
  const parts = text.replace(/\s+/g, '').split('.');
  if (parts[0] !== PREFIX || (parts.length !== 4 && parts.length !== 5)) return { ok: false, reason: 'format' };
  const check = parts.pop()!;
  if (check !== (await checksum(parts.join('.')))) return { ok: false, reason: 'checksum' };
  const [, teamId, publicKey, staffId] = parts;
  if (!teamIdSchema.safeParse(teamId).success || !publicKeySchema.safeParse(publicKey).success) return { ok: false, reason: 'format' };
  if (staffId !== undefined && !staffIdSchema.safeParse(staffId).success) return { ok: false, reason: 'format' };
  return { ok: true, code: { teamId: teamId!, publicKey: publicKey!, ...(staffId ? { staffId } : {}) } };
}
