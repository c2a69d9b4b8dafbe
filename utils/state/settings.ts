import { computed, signal } from '@preact/signals-react';
import { translate, type MessageKey } from '../i18n';
import { DEFAULT_SETTINGS, type Settings } from '../model';
import { loadSettings, watchSettings } from '../settings-store';

/** The agent's settings as a signal, mirroring extension storage. */
export const settings = signal<Settings>(DEFAULT_SETTINGS);
export const settingsLoaded = signal(false);

/** Loads settings and follows changes; returns the unwatch function. */
export function hydrateSettings(): () => void {
  void loadSettings().then((value) => {
    settings.value = value;
    settingsLoaded.value = true;
  });
  return watchSettings((value) => {
    settings.value = value;
  });
}

export const t = computed(() => {
  const lang = settings.value.uiLanguage;
  return (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
});
