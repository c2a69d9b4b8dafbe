import type { TeamPolicy } from '../model';
import { parsePolicyFile } from '../policy/policy-file';
import { saveTeamPolicy } from '../storage';
import { teamMembershipStore } from '../storage/team-membership';
import { applyTeamConfigFile, type ApplyResult } from './join';

export type PolicyImport = { kind: 'team'; result: ApplyResult } | { kind: 'policy'; ok: true; policy: TeamPolicy } | { kind: 'policy'; ok: false; where: string; message: string };

/**
 * Every way a policy file comes into this browser. A browser in a team takes only the lead's signed team file (an
 * unsigned policy is refused, however it came); a solo browser takes a plain policy file, as before teams.
 */
export async function importPolicyText(text: string): Promise<PolicyImport> {
  const signed = /"format"\s*:\s*"kefu-assist\/signed-team-config"/.test(text.slice(0, 4000));
  if (signed || (await teamMembershipStore.load())) return { kind: 'team', result: await applyTeamConfigFile(text) };
  const parsed = parsePolicyFile(text);
  if (!parsed.ok) return { kind: 'policy', ...parsed };
  await saveTeamPolicy(parsed.data);
  return { kind: 'policy', ok: true, policy: parsed.data };
}
