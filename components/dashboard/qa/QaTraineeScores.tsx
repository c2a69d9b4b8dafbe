import { useEffect, useState } from 'react';
import type { MessageKey } from '@/utils/i18n';
import type { Playbook, QaScorecard } from '@/utils/model';
import type { ConversationQa } from '@/utils/qa/fold';
import { traineeQa } from '@/utils/qa/next-fix';
import { playbookTitle, stepText } from '@/utils/playbooks/playbook-text';
import { settings, t } from '@/utils/state/settings';
import { playbooksStore } from '@/utils/storage/policy-items';
import { TableHead } from '../TableHead';

/** A trainee's own last 20 scores and the one thing to fix next, with the playbook step that teaches it. */
export function QaTraineeScores({ convs, staffId, card }: { convs: ConversationQa[]; staffId: string; card: QaScorecard }) {
  const tr = t.value;
  const [playbooks, setPlaybooks] = useState<Playbook[]>([]);
  useEffect(() => void playbooksStore.load().then(setPlaybooks), []);
  const { recent, next } = traineeQa(convs, staffId, card);
  const book = next?.step && playbooks.find((p) => p.id === next.step!.playbookId);
  const step = book && book.steps.find((s) => s.id === next!.step!.stepId);
  return (
    <section className="dash-qa" data-testid="qa-trainee">
      <h3>{tr('qa.trainee.title')}</h3>
      {next ? (
        <p className="dash-bad" data-testid="qa-next-fix" data-category={next.category}>
          {tr('qa.trainee.next', { category: tr(`qa.category.${next.category}` as MessageKey), misses: next.misses })}
          {book && step && (
            <>
              <br />
              <span data-testid="qa-next-step" data-playbook={book.id} data-step={step.id}>
                {tr('qa.trainee.step', { playbook: playbookTitle(book, settings.value.uiLanguage), step: stepText(book.id, step, settings.value.uiLanguage) })}
              </span>
            </>
          )}
        </p>
      ) : (
        <p className="dash-ok">{tr('qa.trainee.none')}</p>
      )}
      <table className="dash-table">
        <TableHead titles={[tr('qa.board.day'), tr('qa.board.buyer'), tr('qa.board.score')]} />
        <tbody>
          {recent.map((c) => (
            <tr key={c.key}>
              <td>{c.day}</td>
              <td>{c.buyer?.nick ?? c.buyer?.buyerId ?? ''}</td>
              <td>{c.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
