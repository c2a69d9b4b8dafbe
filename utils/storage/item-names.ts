import type { MessageKey } from '../i18n';

/** The UI name of a stored item, by its storage key (`local:settings` → storage.item.settings). */
export function storedItemLabel(key: string): MessageKey | undefined {
  const name = key.replace(/^local:/, '');
  return ['settings', 'teamRules', 'lintPolicy', 'remarkFormat', 'templates', 'playbooks', 'playbookConfig'].includes(name) ? (`storage.item.${name}` as MessageKey) : undefined;
}
