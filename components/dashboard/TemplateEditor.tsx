import { useRef, useState } from 'react';
import { TEMPLATE_CATEGORIES, templateLanguageSchema, templateSchema, type Template } from '@/utils/model';
import { t } from '@/utils/state/settings';
import { renderTemplate } from '@/utils/templates/render';
import { parseSnippets } from '@/utils/templates/snippets';
import { SHORTCUT_PATTERN } from '@/utils/templates/shortcut';
import { VARIABLES, type TemplateContext } from '@/utils/templates/variables';
import { Options } from '../Options';

/** One template's form: the variables offered as buttons (inserted at the cursor) and a preview filled with `sample`. */
export function TemplateEditor({ template, sample, onSave, onCancel }: { template: Template; sample: TemplateContext; onSave: (t: Template) => void; onCancel: () => void }) {
  const tr = t.value;
  const [draft, setDraft] = useState(template);
  const [keywords, setKeywords] = useState(template.keywords.join('，'));
  const [questions, setQuestions] = useState(template.questions.join('\n'));
  const [error, setError] = useState('');
  const body = useRef<HTMLTextAreaElement>(null);
  const set = (patch: Partial<Template>) => setDraft({ ...draft, ...patch });
  const insertVariable = (name: string) => {
    const el = body.current;
    const at = el?.selectionStart ?? draft.body.length;
    set({ body: `${draft.body.slice(0, at)}{${name}}${draft.body.slice(el?.selectionEnd ?? at)}` });
  };
  const save = () => {
    const shortcut = draft.shortcut?.trim().toLowerCase() || undefined;
    if (shortcut && !SHORTCUT_PATTERN.test(shortcut)) return setError(tr('library.badShortcut'));
    const parsed = templateSchema.safeParse({
      ...draft,
      shortcut,
      keywords: keywords
        .split(/[,，、\s]+/)
        .map((k) => k.trim())
        .filter(Boolean),
      questions: questions
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean),
    });
    if (!parsed.success) return setError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    // A malformed snippet is named and the draft kept as typed: nothing is saved or lost.
    const snippets = parseSnippets(parsed.data.body);
    if (!snippets.ok) return setError(tr(`snippet.error.${snippets.error.code}`, { snippet: snippets.error.snippet }));
    onSave(parsed.data);
  };
  const preview = renderTemplate(draft.body, sample, { clock: { now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, language: draft.language } });
  return (
    <form className="dash-template-editor" data-testid="template-editor" onSubmit={(e) => (e.preventDefault(), save())}>
      <label>
        {tr('library.title')}
        <input value={draft.title} maxLength={40} onChange={(e) => set({ title: e.target.value })} data-testid="template-title" />
      </label>
      <label>
        {tr('library.group')}
        <select value={draft.category} onChange={(e) => set({ category: e.target.value as Template['category'] })} data-testid="template-category">
          <Options values={TEMPLATE_CATEGORIES} />
        </select>
      </label>
      <label>
        {tr('library.language')}
        <select value={draft.language} onChange={(e) => set({ language: e.target.value as Template['language'] })}>
          <Options values={templateLanguageSchema.options} label={(l) => tr(`lang.${l}`)} />
        </select>
      </label>
      <label>
        {tr('library.shortcut')}
        <input value={draft.shortcut ?? ''} placeholder=";wl" maxLength={11} onChange={(e) => set({ shortcut: e.target.value })} data-testid="template-shortcut" />
      </label>
      <label>
        {tr('library.keywords')}
        <input value={keywords} onChange={(e) => setKeywords(e.target.value)} data-testid="template-keywords" />
      </label>
      <label>
        {tr('library.questions')}
        <textarea rows={3} value={questions} onChange={(e) => setQuestions(e.target.value)} data-testid="template-questions" />
      </label>
      <div className="dash-variables">
        {tr('library.variables')}{' '}
        {Object.keys(VARIABLES).map((name) => (
          <button key={name} type="button" onClick={() => insertVariable(name)} data-variable={name}>{`{${name}}`}</button>
        ))}
      </div>
      <label>
        {tr('library.body')}
        <textarea ref={body} rows={4} value={draft.body} maxLength={1000} onChange={(e) => set({ body: e.target.value })} data-testid="template-body" />
      </label>
      <p className="dash-template-preview" data-testid="template-preview">
        {preview.text}
      </p>
      {preview.missing.length > 0 && <p className="dash-muted">{tr('library.previewMissing', { names: preview.missing.join('、') })}</p>}
      {preview.snippetError && (
        <p className="dash-bad" data-testid="template-snippet-error">
          {tr(`snippet.error.${preview.snippetError.code}`, { snippet: preview.snippetError.snippet })}
        </p>
      )}
      {error && (
        <p className="dash-bad" role="alert">
          {error}
        </p>
      )}
      <button type="submit" data-testid="template-save">
        {tr('rules.save')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {tr('library.cancel')}
      </button>
    </form>
  );
}
