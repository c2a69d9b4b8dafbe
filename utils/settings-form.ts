import type { z } from 'zod';
import type { MessageKey } from './i18n';
import { canonicalJson } from './log/canonical-json';
import { agentSchema, settingsSchema, type Settings } from './model';

/** The popup's agent fields as typed (the schema's shape, before it has checked them). */
export type AgentFields = z.input<typeof agentSchema>;

const FIELD_ERRORS: Record<string, MessageKey> = { name: 'popup.error.name', staffId: 'popup.error.staffId', shop: 'popup.error.shop' };

/** Validates the popup's fields into Settings, or names each field at fault (as i18n keys). */
export function settingsFromForm(
  current: Settings,
  fields: AgentFields,
  rest: Pick<Settings, 'uiLanguage' | 'sites' | 'hotkey'>,
): { ok: true; settings: Settings } | { ok: false; errors: Partial<Record<keyof AgentFields, MessageKey>> } {
  const agent = agentSchema.safeParse(fields);
  if (!agent.success) {
    const errors: Partial<Record<keyof AgentFields, MessageKey>> = {};
    for (const issue of agent.error.issues) {
      const field = issue.path[0] as keyof AgentFields;
      const key = FIELD_ERRORS[field];
      if (key) errors[field] = key;
    }
    return { ok: false, errors };
  }
  return { ok: true, settings: settingsSchema.parse({ ...current, ...rest, agent: agent.data }) };
}

/** Names of the top-level settings that differ, for the settings.saved log entry. */
export function changedSettings(before: Settings, after: Settings): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Settings)[]);
  return [...keys].filter((k) => canonicalJson(before[k] ?? null) !== canonicalJson(after[k] ?? null));
}
