import { useCallback, useEffect, useState } from 'react';
import type { AppDB } from '@/utils/db/app-db';
import { allLearned, deleteLearned } from '@/utils/db/learned';
import { MAX_QUESTIONS, type LearnedPhrasing, type Template } from '@/utils/model';
import { t } from '@/utils/state/settings';
import { learnedCounts } from '@/utils/suggest/learned-index';

/**
 * The buyer phrasings this device learned from the agents' picks, by template: the lead accepts one into the
 * template's questions (it then travels with the library) or deletes it.
 */
export function LearnedPhrasings({ db, templates, onAccept, reload }: { db: AppDB; templates: Template[]; onAccept: (template: Template) => Promise<void>; reload: number }) {
  const tr = t.value;
  const [learned, setLearned] = useState<LearnedPhrasing[] | null>(null);
  const refresh = useCallback(() => allLearned(db).then(setLearned, () => setLearned([])), [db]);
  useEffect(() => void refresh(), [refresh, reload]);
  if (!learned) return null;
  const byId = new Map(templates.map((x) => [x.id, x]));
  const shown = learned.filter((p) => byId.has(p.templateId)).sort((a, b) => b.uses - b.against - (a.uses - a.against) || b.lastAt.localeCompare(a.lastAt));
  const accept = async (p: LearnedPhrasing) => {
    const template = byId.get(p.templateId)!;
    if (!template.questions.includes(p.text)) await onAccept({ ...template, questions: [...template.questions, p.text].slice(-MAX_QUESTIONS) });
    await deleteLearned(db, p.templateId, p.text);
    await refresh();
  };
  const remove = async (p: LearnedPhrasing) => {
    await deleteLearned(db, p.templateId, p.text);
    await refresh();
  };
  return (
    <details className="dash-learned" open={shown.length > 0 && shown.length <= 40} data-testid="learned-phrasings">
      <summary>
        {tr('library.learnedTitle')} ({shown.length})
      </summary>
      <p className="dash-muted">{tr('library.learnedHint')}</p>
      {shown.length === 0 && <p className="dash-muted">{tr('library.learnedNone')}</p>}
      <ul>
        {shown.map((p) => (
          <li key={`${p.templateId}|${p.text}`} data-testid="learned-item" data-template={p.templateId}>
            <q>{p.text}</q> → {byId.get(p.templateId)!.title}{' '}
            <span className="dash-muted" data-testid="learned-uses">
              {tr('library.learnedUses', { uses: p.uses, against: p.against })}
            </span>
            {learnedCounts(p) && <span className="dash-ok"> {tr('library.learnedActive')}</span>}{' '}
            <button type="button" onClick={() => void accept(p)} data-testid="learned-accept">
              {tr('library.learnedAccept')}
            </button>{' '}
            <button type="button" onClick={() => void remove(p)} data-testid="learned-delete">
              {tr('library.learnedDelete')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
