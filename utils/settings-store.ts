import { storage } from '#imports';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './model';

/** Settings live in extension storage (never the host page's), parsed on every read. */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export async function loadSettings(): Promise<Settings> {
  return parseStoredSettings(await settingsItem.getValue());
}

/** A stored value that no longer parses is left in storage untouched and the defaults are used. */
export function parseStoredSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[kefu] stored settings do not parse; using defaults', parsed.error.issues);
  return DEFAULT_SETTINGS;
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(next);
  await settingsItem.setValue(valid);
  return valid;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseStoredSettings(value)));
}
