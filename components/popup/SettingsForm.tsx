import { useSignals } from '@preact/signals-react/runtime';
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
import { lockState, setLeadPin, unlockWithPin } from '@/utils/lead/lead-lock';
import { MIN_PIN_LENGTH } from '@/utils/lead/pin';
import { settings, settingsLoaded, t } from '@/utils/state/settings';

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed' } | { kind: 'role' };

const EMPTY_AGENT: AgentFields = { name: '', staffId: '', role: 'agent', shop: '' };

/** The agent's own settings: who they are, which marketplaces are on, UI language. */
export function SettingsForm() {
  useSignals();
  const tr = t.value;
  const [fields, setFields] = useState<AgentFields>(EMPTY_AGENT);
  const [language, setLanguage] = useState<Settings['uiLanguage']>('zh-CN');
  const [sites, setSites] = useState<Settings['sites']>(settings.value.sites);
  const [hotkey, setHotkey] = useState<Hotkey>(settings.value.hotkey);
  const [errors, setErrors] = useState<Partial<Record<keyof AgentFields, MessageKey>>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pin, setPin] = useState('');

  useEffect(() => {
    if (!settingsLoaded.value) return;
    setFields(settings.value.agent ?? EMPTY_AGENT);
    setLanguage(settings.value.uiLanguage);
    setSites(settings.value.sites);
    setHotkey(settings.value.hotkey);
  }, [settingsLoaded.value]);

  if (!settingsLoaded.value) return <p className="popup-status">{tr('popup.loading')}</p>;

  const set = (key: keyof AgentFields) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setFields({ ...fields, [key]: event.target.value });

  const currentRole = settings.value.agent?.role ?? 'agent';
  const roleChanging = !!settings.value.agent && fields.role !== currentRole;

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = settingsFromForm(settings.value, fields, { uiLanguage: language, sites, hotkey });
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({ kind: 'invalid' });
      return;
    }
    setErrors({});
    // A role changes only with the lead PIN; the first person to become lead sets it.
    if (roleChanging || (!settings.value.agent && fields.role === 'lead')) {
      const lock = await lockState();
      const allowed = lock === 'no-pin' ? fields.role !== 'lead' || (pin.length >= MIN_PIN_LENGTH && (await setLeadPin(pin))) : await unlockWithPin(pin);
      if (!allowed) return setStatus({ kind: 'role' });
    }
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
        {field('name', 'popup.name')}
        {field('staffId', 'popup.staffId')}
        <label>
          <span>{tr('popup.role')}</span>
          {/* Any role change needs the lead PIN (below), so a trainee cannot make themselves an agent or a lead. */}
          <select name="role" value={fields.role} onChange={set('role')}>
            {(['agent', 'lead', 'trainee'] as const).map((role) => (
              <option key={role} value={role}>
                {tr(`popup.role.${role}`)}
              </option>
            ))}
          </select>
        </label>
        {(roleChanging || (!settings.value.agent && fields.role === 'lead')) && (
          <label>
            <span>{tr(fields.role === 'lead' && !settings.value.agent ? 'lead.roleSetsPin' : 'lead.roleNeedsPin')}</span>
            <input type="password" name="leadPin" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} data-testid="popup-lead-pin" />
          </label>
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
          {HOTKEYS.map((h) => (
            <option key={h} value={h}>
              {hotkeyLabel(h, 1)} … {hotkeyLabel(h, 3)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{tr('popup.save')}</button>
      <p className="popup-status" role="status" data-status={status.kind}>
        {status.kind === 'saved' && tr('popup.saved')}
        {status.kind === 'invalid' && tr('popup.invalid')}
        {status.kind === 'failed' && tr('popup.storageFull')}
        {status.kind === 'role' && tr('lead.roleWrongPin')}
      </p>
      <button type="button" className="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
        {tr('popup.dashboard')}
      </button>
    </form>
  );
}
