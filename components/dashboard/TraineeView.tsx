import { useEffect, useState } from 'react';
import type { AppDB } from '@/utils/db/app-db';
import { playbookActions } from '@/utils/db/customer-query';
import type { Action, Playbook } from '@/utils/model';
import { playbooksStore } from '@/utils/storage';
import { DEFAULT_PLAYBOOKS } from '@/utils/playbooks/default-playbooks';
import { mostSkippedSteps, traineeProgress } from '@/utils/playbooks/trainee-progress';
import { playbookTitle, stepText } from '@/utils/playbooks/playbook-text';
import { settings, t } from '@/utils/state/settings';

/** Per trainee: playbooks started, completed and skipped over time, the reasons given, and the steps most skipped. */
export function TraineeView({ db }: { db: AppDB }) {
  const tr = t.value;
  const [actions, setActions] = useState<Action[] | null>(null);
  const [playbooks, setPlaybooks] = useState<Playbook[]>(DEFAULT_PLAYBOOKS);
  useEffect(() => void playbookActions(db).then(setActions), [db]);
  useEffect(() => void playbooksStore.load().then(setPlaybooks), []);
  const lang = settings.value.uiLanguage;
  const titleOf = (id: string) => {
    const book = playbooks.find((p) => p.id === id);
    return book ? playbookTitle(book, lang) : id;
  };
  const stepOf = (playbookId: string, stepId: string) => {
    const step = playbooks.find((p) => p.id === playbookId)?.steps.find((s) => s.id === stepId);
    return step ? stepText(playbookId, step, lang) : stepId;
  };
  if (!actions) return <p className="dash-muted">{tr('dash.loading')}</p>;
  const trainees = traineeProgress(actions);
  if (trainees.length === 0) return <p className="dash-muted">{tr('trainees.empty')}</p>;
  const skipped = mostSkippedSteps(actions);
  return (
    <section className="dash-kpi" data-testid="dash-trainees">
      <h2>{tr('trainees.title')}</h2>
      <table>
        <thead>
          <tr>
            <th>{tr('kpi.agent')}</th>
            <th>{tr('kpi.day')}</th>
            <th>{tr('trainees.started')}</th>
            <th>{tr('trainees.completed')}</th>
            <th>{tr('trainees.skipped')}</th>
            <th>{tr('trainees.escalated')}</th>
          </tr>
        </thead>
        <tbody>
          {trainees.flatMap((p) => [
            <tr key={p.staffId} className="is-total" data-trainee={p.staffId}>
              <td>
                {p.name}（{p.staffId}）
              </td>
              <td>{tr('kpi.total')}</td>
              <td>{p.started}</td>
              <td>{p.completed}</td>
              <td>{p.skippedSteps}</td>
              <td>{p.escalated}</td>
            </tr>,
            ...Object.entries(p.byDay)
              .sort(([a], [b]) => b.localeCompare(a))
              .map(([day, d]) => (
                <tr key={`${p.staffId}${day}`}>
                  <td />
                  <td>{day}</td>
                  <td>{d.started}</td>
                  <td>{d.completed}</td>
                  <td />
                  <td />
                </tr>
              )),
          ])}
        </tbody>
      </table>
      <h3>{tr('trainees.reasons')}</h3>
      <ul data-testid="dash-skip-reasons">
        {trainees.flatMap((p) =>
          p.skips.map((s) => (
            <li key={`${p.staffId}${s.at}`}>
              {p.staffId} · {titleOf(s.playbookId)} · {stepOf(s.playbookId, s.stepId)}：{s.reason || '—'}
            </li>
          )),
        )}
      </ul>
      <h3>{tr('trainees.mostSkipped')}</h3>
      <ol>
        {skipped.map((s) => (
          <li key={`${s.playbookId}${s.stepId}`}>
            {titleOf(s.playbookId)} · {stepOf(s.playbookId, s.stepId)} ×{s.count}
          </li>
        ))}
      </ol>
    </section>
  );
}
