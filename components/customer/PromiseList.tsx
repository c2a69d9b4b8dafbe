import type { CustomerPromise } from '@/utils/customer/customer-record';
import { formatWait } from '@/utils/customer/waiting';
import { shortTime } from './time-text';

interface Props {
  promises: CustomerPromise[];
  now: number;
  labels: { title: string; due: (when: string) => string; overdue: (time: string) => string; done: string };
  onDone: (id: string) => void;
}

/** Open follow-ups of this buyer, overdue ones first and marked, each closed with one click. */
export function PromiseList({ promises, now, labels, onDone }: Props) {
  if (promises.length === 0) return null;
  return (
    <section className="kefu-section" data-testid="kefu-promises">
      <h3>{labels.title}</h3>
      <ul className="kefu-promises">
        {promises.map((p) => {
          const overdue = p.dueAt < now;
          return (
            <li key={p.id} className={overdue ? 'is-overdue' : undefined} data-overdue={overdue}>
              <span>{p.summary}</span>
              <span className="kefu-muted">{overdue ? labels.overdue(formatWait(now - p.dueAt)) : labels.due(shortTime(p.dueAt, now))}</span>
              <button type="button" className="kefu-btn" onClick={() => onDone(p.id)}>
                {labels.done}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
