import { useEffect, useState } from 'react';
import { playbookConfigSchema, playbookListSchema, type Playbook, type PlaybookConfig, type PlaybookNumbers } from '@/utils/model';
import { parseJsonInput } from '@/utils/json-input';
import { playbookConfigStore, playbooksStore } from '@/utils/storage';
import { DEFAULT_PLAYBOOK_CONFIG, DEFAULT_PLAYBOOKS } from '@/utils/playbooks/default-playbooks';
import { playbookTitle } from '@/utils/playbooks/playbook-text';
import { settings, t } from '@/utils/state/settings';
import { SaveBar, type SaveStatus } from './SaveBar';

const NUMBER_KEYS = Object.keys(DEFAULT_PLAYBOOK_CONFIG.numbers) as (keyof PlaybookNumbers)[];

/** Every number the playbooks use, which are mandatory for trainees, and the playbooks themselves as JSON. */
export function PlaybookRules() {
  const tr = t.value;
  const [config, setConfig] = useState<PlaybookConfig | null>(null);
  const [playbooks, setPlaybooks] = useState<Playbook[]>(DEFAULT_PLAYBOOKS);
  const [json, setJson] = useState('');
  const [status, setStatus] = useState<SaveStatus>(null);
  useEffect(() => {
    void playbookConfigStore.load().then(setConfig);
    void playbooksStore.load().then((list) => {
      setPlaybooks(list);
      setJson(JSON.stringify(list, null, 2));
    });
  }, []);
  if (!config) return <p className="dash-muted">{tr('dash.loading')}</p>;

  const setNumber = (key: keyof PlaybookNumbers, raw: string) => setConfig({ ...config, numbers: { ...config.numbers, [key]: typeof config.numbers[key] === 'number' ? Number(raw) : raw } });
  const toggle = (id: string, on: boolean) => setConfig({ ...config, mandatory: on ? [...config.mandatory, id] : config.mandatory.filter((m) => m !== id) });
  const save = async () => {
    const parsed = playbookConfigSchema.safeParse(config);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return setStatus({
        ok: false,
        text: tr('rules.invalid', {
          where: NUMBER_KEYS.includes(issue.path[1] as keyof PlaybookNumbers) ? tr(`number.${issue.path[1] as keyof PlaybookNumbers}`) : issue.path.join('.'),
          message: issue.message,
        }),
      });
    }
    const parsedList = parseJsonInput(json, playbookListSchema);
    if (!parsedList.ok) return setStatus({ ok: false, text: tr('rules.invalid', { where: parsedList.where, message: parsedList.message }) });
    await playbookConfigStore.save(parsed.data);
    await playbooksStore.save(parsedList.data);
    setPlaybooks(parsedList.data);
    setStatus({ ok: true, text: tr('rules.saved') });
  };

  return (
    <section className="dash-rules-block" data-testid="rules-playbooks">
      <h3>{tr('rules.playbooks')}</h3>
      <h4>{tr('rules.numbers')}</h4>
      {NUMBER_KEYS.map((key) => (
        <label key={key} className="dash-number">
          {tr(`number.${key}`)}{' '}
          <input name={key} type={typeof config.numbers[key] === 'number' ? 'number' : 'time'} value={String(config.numbers[key])} onChange={(e) => setNumber(key, e.target.value)} />
        </label>
      ))}
      <h4>{tr('rules.mandatory')}</h4>
      {playbooks.map((p) => (
        <label key={p.id} className="dash-check">
          <input type="checkbox" checked={config.mandatory.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} /> {playbookTitle(p, settings.value.uiLanguage)}
        </label>
      ))}
      <details>
        <summary>{tr('rules.advanced')}</summary>
        <textarea className="dash-json" rows={18} value={json} onChange={(e) => setJson(e.target.value)} spellCheck={false} data-testid="rules-playbooks-json" />
        <button type="button" onClick={() => setJson(JSON.stringify(DEFAULT_PLAYBOOKS, null, 2))}>
          {tr('rules.resetDefault')}
        </button>
      </details>
      <SaveBar name="playbooks" status={status} onSave={() => void save()} />
    </section>
  );
}
