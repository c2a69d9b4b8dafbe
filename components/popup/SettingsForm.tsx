import { useEffect, useState } from 'react';
import type { MessageKey } from '@/utils/i18n';
import { logAction } from '@/utils/log/log-action';
import { browser } from '#imports';
import { HOTKEYS, type Hotkey, type Settings } from '@/utils/model';
import { PROFILES } from '@/utils/sites';
import { StorageProblemNotice } from '../panel/StorageProblemNotice';
import { hotkeyLabel } from '@/utils/suggest/hotkey';
import { changedSettings, settingsFromForm, type AgentFields } from '@/utils/settings-form';
import { settingsStore } from '@/utils/storage';
import { settings, settingsLoaded } from '@/utils/state/settings';
import { membership } from '@/utils/state/team';
import { agentFromRoster } from '@/utils/team-config/roster';
import { TeamIdentity } from './TeamIdentity';
import { Options } from '../Options';
import { useTr } from '../use-tr';

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed' };

const EMPTY_AGENT: AgentFields = { name: '', staffId: '', role: 'agent', shop: '' };

/**
 * The agent's own settings: who they are, which marketplaces are on, UI language. In a team, name, 工号 and role are
 * the lead's (TeamIdentity shows them); a solo browser has no role to choose: it claims none.
 */
export function SettingsForm() {
  const tr = useTr();
  const [fields, setFields] = useState<AgentFields>(EMPTY_AGENT);
  const [language, setLanguage] = useState<Settings['uiLanguage']>('zh-CN');
  const [sites, setSites] = useState<Settings['sites']>(settings.value.sites);
  const [hotkey, setHotkey] = useState<Hotkey>(settings.value.hotkey);
  const [errors, setErrors] = useState<Partial<Record<keyof AgentFields, MessageKey>>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const loaded = settingsLoaded.value;
  useEffect(() => {
    if (!loaded) return;
    setFields(settings.value.agent ?? EMPTY_AGENT);
    setLanguage(settings.value.uiLanguage);
    setSites(settings.value.sites);
    setHotkey(settings.value.hotkey);
  }, [loaded]);

  if (!settingsLoaded.value || membership.value === undefined) return <p className="popup-status">{tr('popup.loading')}</p>;
  const team = membership.value;

  const set = (key: keyof AgentFields) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setFields({ ...fields, [key]: event.target.value });

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const rest = { uiLanguage: language, sites, hotkey };
    // In a team the identity is re-read from the lead's list whatever the form says: only the shop is the agent's.
    const fromRoster = team && agentFromRoster(team.roster, team.staffId, team.teamName, { ...(settings.value.agent ?? fields), shop: fields.shop || team.teamName });
    const result = team
      ? fromRoster
        ? settingsFromForm(settings.value, fromRoster, rest)
        : ({ ok: true, settings: { ...settings.value, ...rest } } as const)
      : // Solo: whatever role an older build stored stays as it was; a new agent is a plain agent.
        settingsFromForm(settings.value, { ...fields, role: settings.value.agent?.role ?? 'agent' }, rest);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({ kind: 'invalid' });
      return;
    }
    setErrors({});
    try {
      const before = settings.value;
      await settingsStore.save(result.settings);
      settings.value = result.settings;
      logAction('settings.saved', { changed: changedSettings(before, result.settings) });
      setStatus({ kind: 'saved' });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  const field = (key: 'name' | 'staffId' | 'shop', label: MessageKey) => (
    <label className={errors[key] ? 'has-error' : ''}>
      <span>{tr(label)}</span>
      <input name={key} value={fields[key]} onChange={set(key)} aria-invalid={!!errors[key]} />
      {errors[key] && <em className="field-error">{tr(errors[key])}</em>}
    </label>
  );

  return (
    <form className="popup" onSubmit={onSubmit} noValidate>
      <h1>{tr('popup.title')}</h1>
      <StorageProblemNotice />
      <fieldset>
        <legend>{tr('popup.identity')}</legend>
        {team ? (
          <TeamIdentity team={team} />
        ) : (
          <>
            <p className="popup-muted" data-testid="team-solo">
              {tr('team.solo')}
            </p>
            {field('name', 'popup.name')}
            {field('staffId', 'popup.staffId')}
          </>
        )}
        {field('shop', 'popup.shop')}
      </fieldset>
      <fieldset>
        <legend>{tr('popup.sites')}</legend>
        {PROFILES.map(({ id, name }) => (
          <label key={id} className="inline">
            <input type="checkbox" name={`site-${id}`} checked={sites[id] !== false} onChange={(e) => setSites({ ...sites, [id]: e.target.checked })} />
            {name[language]}
          </label>
        ))}
      </fieldset>
      <label>
        <span>{tr('popup.language')}</span>
        <select name="uiLanguage" value={language} onChange={(e) => setLanguage(e.target.value as Settings['uiLanguage'])}>
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        <span>{tr('popup.hotkey')}</span>
        <select name="hotkey" value={hotkey} onChange={(e) => setHotkey(e.target.value as Hotkey)}>
          <Options values={HOTKEYS} label={(h) => `${hotkeyLabel(h, 1)} … ${hotkeyLabel(h, 3)}`} />
        </select>
      </label>
      <button type="submit">{tr('popup.save')}</button>
      <p className="popup-status" role="status" data-status={status.kind}>
        {status.kind === 'saved' && tr('popup.saved')}
        {status.kind === 'invalid' && tr('popup.invalid')}
        {status.kind === 'failed' && tr('popup.storageFull')}
      </p>
      <button type="button" className="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
        {tr('popup.dashboard')}
      </button>
    </form>
  );
}
