import type { MessageKey } from '@/utils/i18n';
import { importPolicyText, type PolicyImport } from '@/utils/team-config/import-policy';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** What an import did, in words: applied, or why not (nothing was changed then). */
export function importStatus(outcome: PolicyImport, tr: Translate): { ok: boolean; text: string } {
  if (outcome.kind === 'policy') {
    return outcome.ok
      ? { ok: true, text: tr('policy.imported', { templates: outcome.policy.templates.length, playbooks: outcome.policy.playbooks.length }) }
      : { ok: false, text: tr('policy.invalid', { where: outcome.where, message: outcome.message.slice(0, 200) }) };
  }
  const r = outcome.result;
  if (r.ok)
    return {
      ok: true,
      text: tr('team.imported', { serial: r.config.serial, templates: r.config.policy.templates.length, people: r.config.roster.length, rotated: r.rotated ? tr('team.rotatedNote') : '' }),
    };
  const vars: Record<string, string | number> = 'serial' in r ? { serial: r.serial, have: r.have } : { detail: ('detail' in r && r.detail ? r.detail : '').slice(0, 160) };
  return { ok: false, text: tr(`team.refused.${r.reason}`, vars) };
}

/** The file the lead picked, imported (a policy file or a signed team file), its outcome shown and, when applied, `onImported` told. */
export async function importPickedFile(input: HTMLInputElement, tr: Translate, show: (status: { ok: boolean; text: string }) => void, onImported: () => void): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const shown = importStatus(await importPolicyText(await file.text()), tr);
  show(shown);
  if (shown.ok) onImported();
}
