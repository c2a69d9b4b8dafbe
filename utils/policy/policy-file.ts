import { parseJsonInput, type JsonInput } from '../json-input';
import { teamPolicySchema, type TeamPolicy } from '../model';

/** A lead's policy file, checked whole: the document, or where it is wrong (nothing is applied then). */
export function parsePolicyFile(text: string): JsonInput<TeamPolicy> {
  return parseJsonInput(text.replace(/^\uFEFF/, ''), teamPolicySchema);
}

export function serializePolicyFile(policy: TeamPolicy, now = new Date()): string {
  return `${JSON.stringify({ ...policy, exportedAt: now.toISOString() }, null, 2)}\n`;
}
