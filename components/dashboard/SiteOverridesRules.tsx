import { useEffect, useState } from 'react';
import { siteOverridesSchema } from '@/utils/model';
import { isValidSelector } from '@/utils/sites/fields';
import { siteOverridesStore } from '@/utils/storage';
import { t } from '@/utils/state/settings';
import { SaveBar, type SaveStatus } from './SaveBar';

/** A selector that is not valid CSS, or undefined when every one is. */
function badSelector(overrides: Record<string, Record<string, string>>): string | undefined {
  for (const [site, fields] of Object.entries(overrides)) {
    for (const [name, selector] of Object.entries(fields)) if (!isValidSelector(selector)) return `${site}.${name}: ${selector}`;
  }
  return undefined;
}

/**
 * The lead's fixes to how a site is read, as data: `{ "site": { "fieldName": "CSS selector" } }`, field names as the
 * panel's health list shows them. Checked whole (valid CSS included) before anything is saved; travels in the policy file.
 */
export function SiteOverridesRules() {
  const tr = t.value;
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>(null);
  useEffect(() => void siteOverridesStore.load().then((o) => setText(JSON.stringify(o, null, 2))), []);
  if (text === null) return <p className="dash-muted">{tr('dash.loading')}</p>;
  const save = async () => {
    let data: unknown;
    try {
      data = JSON.parse(text || '{}');
    } catch (error) {
      return setStatus({ ok: false, text: tr('rules.invalid', { where: '', message: (error as Error).message.slice(0, 200) }) });
    }
    const parsed = siteOverridesSchema.safeParse(data);
    if (!parsed.success) return setStatus({ ok: false, text: tr('rules.invalid', { where: parsed.error.issues[0]?.path.join('.') ?? '', message: parsed.error.issues[0]?.message ?? '' }) });
    const bad = badSelector(parsed.data);
    if (bad) return setStatus({ ok: false, text: tr('overrides.badSelector', { selector: bad }) });
    await siteOverridesStore.save(parsed.data);
    setStatus({ ok: true, text: tr('rules.saved') });
  };
  return (
    <section className="dash-rules-block" data-testid="rules-overrides">
      <h3>{tr('overrides.title')}</h3>
      <p className="dash-muted">{tr('overrides.hint')}</p>
      <code translate="no">{tr('overrides.example')}</code>
      <textarea className="dash-json" rows={6} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} data-testid="rules-overrides-json" />
      <SaveBar name="overrides" status={status} onSave={() => void save()} />
    </section>
  );
}
