import { useSignals } from '@preact/signals-react/runtime';
import type { PlaybookRunner } from '@/utils/content/playbook-runner';
import { playbookTitle } from '@/utils/playbooks/playbook-text';
import { settings, t } from '@/utils/state/settings';
import { PlaybookChecklist } from './PlaybookChecklist';

/** The playbooks that apply here: one click to open for agents, already open for trainees. */
export function PlaybookPanel({ api: runner }: { api: PlaybookRunner }) {
  useSignals();
  const tr = t.value;
  const items = runner.active.value;
  if (items.length === 0) return null;
  return (
    <section className="kefu-section kefu-playbooks" data-testid="kefu-playbooks">
      <h3>{tr('playbook.title')}</h3>
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
