import { useEffect, useState } from 'react';
import { DEFAULT_TEMPLATES } from '@/utils/templates/default-pack';
import type { AppDB } from '@/utils/db/app-db';
import { allLearned, importLearned } from '@/utils/db/learned';
import type { Template } from '@/utils/model';
import { settings, t } from '@/utils/state/settings';
import { duplicateTemplate, moveTemplate, newTemplateId, removeTemplate, templateGroups, upsertTemplate } from '@/utils/templates/library-edit';
import { serializeTemplateFile } from '@/utils/templates/template-file';
import type { TemplateContext } from '@/utils/templates/variables';
import { templatesStore } from '@/utils/storage';
import { downloadBlob } from '../download';
import { TemplateEditor } from './TemplateEditor';
import { LearnedPhrasings } from './LearnedPhrasings';
import { RerankerModel } from './RerankerModel';
import { TemplateImport } from './TemplateImport';

/**
 * The template library in the product: the team's phrases (the lead's: this block sits in the locked rules) or the
 * agent's own personal phrases, in groups; add, edit, duplicate, delete, reorder; team files merged by id. With the
 * device's database (team scope), the phrasings learned from use are reviewed here and travel with the exported file.
 */
export function TemplatesRules({ scope, sample, db }: { scope: 'team' | 'personal'; sample: TemplateContext; db?: AppDB }) {
  const tr = t.value;
  const [all, setAll] = useState<Template[] | null>(null);
  const [editing, setEditing] = useState<Template | null>(null);
  const [message, setMessage] = useState('');
  const [learnedReload, setLearnedReload] = useState(0);
  useEffect(() => void templatesStore.load().then(setAll), []);
  if (!all) return <p className="dash-muted">{tr('dash.loading')}</p>;
  const mine = all.filter((x) => x.owner === scope);

  const save = async (next: Template[], text = tr('rules.saved')) => {
    try {
      await templatesStore.save(next);
      setAll(next);
      setMessage(text);
    } catch (error) {
      setMessage(String((error as Error).message).slice(0, 300));
    }
  };
  const blank = (): Template => ({
    ...DEFAULT_TEMPLATES[0]!,
    id: newTemplateId(all, scope === 'personal' ? `my-${settings.value.agent?.staffId ?? 'phrase'}` : 'phrase'),
    title: '',
    body: '',
    keywords: [],
    tags: [],
    shortcut: undefined,
    usageCount: 0,
    category: '其他',
    owner: scope,
  });

  return (
    <section className="dash-rules-block" data-testid={scope === 'team' ? 'rules-templates' : 'personal-templates'}>
      <h3>{tr(scope === 'team' ? 'rules.templates' : 'library.personal')}</h3>
      <p>{tr('rules.templatesCount', { count: mine.length })}</p>
      {scope === 'team' && (
        <>
          <button
            type="button"
            onClick={() =>
              void (db ? allLearned(db) : Promise.resolve([])).then((learned) =>
                downloadBlob(
                  new Blob(
                    [
                      serializeTemplateFile(
                        mine,
                        new Date(),
                        learned.filter((p) => mine.some((x) => x.id === p.templateId)),
                      ),
                    ],
                    { type: 'application/json' },
                  ),
                  'kefu-templates.json',
                ),
              )
            }
          >
            {tr('rules.export')}
          </button>{' '}
          <TemplateImport
            current={all}
            onMerged={async (merged, preview, learned) => {
              if (db && learned.length) await importLearned(db, learned);
              await save(merged, tr('rules.imported', { added: preview.added.length, changed: preview.changed.length }));
              setLearnedReload((n) => n + 1);
            }}
          />
          {db && <LearnedPhrasings db={db} templates={mine} reload={learnedReload} onAccept={(x) => save(upsertTemplate(all, x))} />}
          <RerankerModel />
        </>
      )}{' '}
      <button type="button" onClick={() => setEditing(blank())} data-testid={`${scope}-template-new`}>
        {tr('library.new')}
      </button>
      {message && (
        <p role="status" className="dash-ok" data-testid={scope === 'team' ? 'rules-templates-status' : 'personal-templates-status'}>
          {message}
        </p>
      )}
      {editing && (
        <TemplateEditor key={editing.id} template={editing} sample={sample} onCancel={() => setEditing(null)} onSave={(x) => void save(upsertTemplate(all, x)).then(() => setEditing(null))} />
      )}
      {templateGroups(mine).map((group) => (
        <details key={group} open={mine.length <= 40} className="dash-template-group">
          <summary>
            {group} ({mine.filter((x) => x.category === group).length})
          </summary>
          <ul className="dash-template-list" data-testid="rules-template-list">
            {mine
              .filter((x) => x.category === group)
              .map((x) => (
                <li key={x.id} title={x.body} data-testid="template-item" data-id={x.id}>
                  <span>{x.title}</span>
                  {x.shortcut && <code>{x.shortcut}</code>}
                  <span className="dash-muted">
                    {x.language} ×{x.usageCount}
                  </span>
                  <span className="dash-template-actions">
                    <button type="button" onClick={() => setEditing(x)} aria-label={tr('library.edit')}>
                      {tr('library.edit')}
                    </button>
                    <button type="button" onClick={() => void save(duplicateTemplate(all, x.id, tr('library.copySuffix')))}>
                      {tr('library.duplicate')}
                    </button>
                    <button type="button" onClick={() => void save(moveTemplate(all, x.id, -1))} aria-label={tr('library.up')}>
                      ↑
                    </button>
                    <button type="button" onClick={() => void save(moveTemplate(all, x.id, 1))} aria-label={tr('library.down')}>
                      ↓
                    </button>
                    <button type="button" onClick={() => window.confirm(tr('library.confirmDelete', { title: x.title })) && void save(removeTemplate(all, x.id))}>
                      {tr('library.delete')}
                    </button>
                  </span>
                </li>
              ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
