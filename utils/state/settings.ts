import { computed, signal } from '@preact/signals-react';
import { translate, type MessageKey } from '../i18n';
import { DEFAULT_SETTINGS, DEFAULT_TEAM_RULES, type Settings, type TeamRules } from '../model';
import { settingsStore, teamRulesStore } from '../storage';

/** The agent's settings as a signal, mirroring extension storage. */
export const settings = signal<Settings>(DEFAULT_SETTINGS);
export const settingsLoaded = signal(false);
/** The lead's thresholds and switches, mirroring extension storage. */
export const teamRules = signal<TeamRules>(DEFAULT_TEAM_RULES);

/** Loads settings (and the team rules) and follows changes; returns the unwatch function. */
export function hydrateSettings(): () => void {
  void settingsStore.load().then((value) => {
    settings.value = value;
    settingsLoaded.value = true;
  });
  const unwatchSettings = settingsStore.watch((value) => (settings.value = value));
  const unwatchRules = teamRulesStore.follow((value) => (teamRules.value = value));
  return () => {
    unwatchSettings();
    unwatchRules();
  };
}

export const t = computed(() => {
  const lang = settings.value.uiLanguage;
  return (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
});
