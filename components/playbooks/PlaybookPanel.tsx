import type { PlaybookRunner } from '@/utils/content/playbook-runner';
import { playbookTitle } from '@/utils/playbooks/playbook-text';
import { settings } from '@/utils/state/settings';
import { PendingSnippetForm } from '../chat/PendingSnippetForm';
import { PlaybookChecklist } from './PlaybookChecklist';
import { useTr } from '../use-tr';

/** The playbooks that apply here: one click to open for agents, already open for trainees. */
export function PlaybookPanel({ api: runner }: { api: PlaybookRunner }) {
  const tr = useTr();
  const items = runner.active.value;
  if (items.length === 0) return null;
  return (
    <section className="kefu-section kefu-playbooks" data-testid="kefu-playbooks">
      <h3>{tr('playbook.title')}</h3>
      <PendingSnippetForm pending={runner.snippet.pending.value} onSubmit={runner.snippet.submit} onCancel={runner.snippet.cancel} />
      {items.map((item) => (
        <div key={item.playbook.id} className={`kefu-playbook${item.open ? ' is-open' : ''}`} data-playbook={item.playbook.id} data-open={item.open}>
          <div className="kefu-playbook-head">
            <strong>{playbookTitle(item.playbook, settings.value.uiLanguage)}</strong>
            {item.mandatory && <span className="kefu-tag">{tr('playbook.mandatory')}</span>}
            {item.orderNo && <span className="kefu-muted">{tr('playbook.forOrder', { orderNo: item.orderNo })}</span>}
            {item.open ? (
              !(item.mandatory && !item.progress.complete) && (
                <button type="button" className="kefu-btn" onClick={() => runner.close(item.playbook.id)}>
                  {tr('playbook.close')}
                </button>
              )
            ) : (
              <button type="button" className="kefu-btn" onClick={() => runner.open(item.playbook.id)} data-testid="kefu-playbook-open">
                {tr('playbook.open')}
              </button>
            )}
          </div>
          {item.open && <PlaybookChecklist item={item} runner={runner} />}
        </div>
      ))}
    </section>
  );
}
