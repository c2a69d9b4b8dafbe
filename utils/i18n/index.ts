import type { UiLanguage } from '../model';
import { en, zhCN, type MessageKey } from './messages';

const TABLES: Record<UiLanguage, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** Looks up a UI string and fills `{name}` placeholders. */
export function translate(lang: UiLanguage, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type { MessageKey } from './messages';

/** Whether a string names a UI message (field names come from profiles and the team policy: a new one may have none). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(TABLES['zh-CN'], key);
