import { useEffect, useState } from 'react';
import type { Template } from '@/utils/model';
import { t } from '@/utils/state/settings';
import { parseTemplateFile, serializeTemplateFile } from '@/utils/templates/template-file';
import { templatesStore } from '@/utils/storage';
import { downloadBlob } from '../download';

/** The shop's template library: export to a file, import a file (validated whole, or nothing changes). */
export function TemplatesRules() {
  const tr = t.value;
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => void templatesStore.load().then(setTemplates), []);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseTemplateFile(await file.text());
    if (!result.ok) {
      const where = result.error.line ? `${tr('import.line', { line: result.error.line, message: '' })}` : result.error.field ? `${result.error.field}: ` : '';
      return setMessage({ ok: false, text: tr('rules.importError', { where, message: result.error.message }) });
    }
    await templatesStore.save(result.templates);
    setTemplates(result.templates);
    setMessage({ ok: true, text: tr('rules.imported', { count: result.templates.length }) });
  };

  return (
    <section className="dash-rules-block" data-testid="rules-templates">
      <h3>{tr('rules.templates')}</h3>
      <p>{templates ? tr('rules.templatesCount', { count: templates.length }) : tr('dash.loading')}</p>
      <button type="button" disabled={!templates} onClick={() => templates && downloadBlob(new Blob([serializeTemplateFile(templates)], { type: 'application/json' }), 'kefu-templates.json')}>
        {tr('rules.export')}
      </button>{' '}
      <label className="dash-file">
        {tr('rules.import')} <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.target.files?.[0])} data-testid="rules-templates-file" />
      </label>
      {templates && (
        <ul className="dash-template-list" data-testid="rules-template-list">
          {templates.map((template) => (
            <li key={template.id} title={template.body}>
              <span>{template.title}</span>
              <span className="dash-muted">{template.category}</span>
              <span className="dash-muted">{template.language}</span>
              <span className="dash-muted">×{template.usageCount}</span>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p role="status" className={message.ok ? 'dash-ok' : 'dash-bad'} data-testid="rules-templates-status">
          {message.text}
        </p>
      )}
    </section>
  );
}
