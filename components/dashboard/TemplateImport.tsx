import { useState } from 'react';
import type { LearnedPhrasing, Template } from '@/utils/model';
import { t } from '@/utils/state/settings';
import { mergeLibrary, type MergePreview } from '@/utils/templates/library-edit';
import { parseCsvTemplates, parseXlsxTemplates } from '@/utils/templates/sheet-import';
import { parseTemplateFile, type ImportResult } from '@/utils/templates/template-file';

/** A template file merged by id: what it would add and change is shown first; nothing changes until confirmed. */
export function TemplateImport({ current, onMerged }: { current: Template[]; onMerged: (merged: Template[], preview: MergePreview, learned: LearnedPhrasing[]) => Promise<void> }) {
  const tr = t.value;
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [learned, setLearned] = useState<LearnedPhrasing[]>([]);
  const [error, setError] = useState('');
  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so picking the same file again runs the import again.
    input.value = '';
    if (!file) return;
    const result: ImportResult = /\.xlsx$/i.test(file.name)
      ? parseXlsxTemplates(new Uint8Array(await file.arrayBuffer()))
      : /\.csv$/i.test(file.name)
        ? parseCsvTemplates(await file.text())
        : parseTemplateFile(await file.text());
    setPreview(null);
    if (!result.ok) {
      const where = result.error.line ? tr('import.line', { line: result.error.line, message: '' }) : result.error.field ? `${result.error.field}: ` : '';
      return setError(tr('rules.importError', { where, message: result.error.message }));
    }
    setError('');
    setLearned(result.learned);
    setPreview(
      mergeLibrary(
        current,
        result.templates.map((x) => ({ ...x, owner: 'team' as const })),
      ),
    );
  };
  return (
    <>
      <label className="dash-file">
        {tr('library.importSheet')} <input type="file" accept=".json,application/json,.csv,text/csv,.xlsx" onChange={(e) => void read(e.target)} data-testid="rules-templates-file" />
      </label>
      {error && (
        <p role="status" className="dash-bad" data-testid="rules-templates-status">
          {error}
        </p>
      )}
      {preview && (
        <div className="dash-import-preview" data-testid="rules-templates-preview">
          <p>{tr('library.mergePreview', { added: preview.added.length, changed: preview.changed.length, unchanged: preview.unchanged, kept: preview.kept })}</p>
          {preview.changed.length > 0 && (
            <ul>
              {preview.changed.slice(0, 20).map(({ before, after }) => (
                <li key={before.id}>
                  <code>{before.id}</code> {before.title}
                  {before.title !== after.title ? ` → ${after.title}` : ''}
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => void onMerged(preview.merged, preview, learned).then(() => setPreview(null))} data-testid="rules-templates-confirm">
            {tr('library.confirmImport')}
          </button>{' '}
          <button type="button" onClick={() => setPreview(null)}>
            {tr('library.cancel')}
          </button>
        </div>
      )}
    </>
  );
}
