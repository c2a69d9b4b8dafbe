import type { QaCategoryId, QaScorecard } from '../model';
import type { ConversationQa } from './fold';

/** Where the playbooks teach each category (default playbooks' ids; a lead's own set may lack some). */
export const PLAYBOOK_STEP_FOR: Record<QaCategoryId, { playbookId: string; stepId: string } | undefined> = {
  greeting: { playbookId: 'presale-reception', stepId: 'greet' },
  onTime: { playbookId: 'shift-start', stepId: 'unread' },
  apology: { playbookId: 'bad-review', stepId: 'contact' },
  personal: { playbookId: 'presale-reception', stepId: 'need' },
  guardClean: undefined,
  promiseKept: { playbookId: 'parcel-chase', stepId: 'follow' },
  closing: { playbookId: 'presale-reception', stepId: 'close' },
  noUnanswered: { playbookId: 'shift-start', stepId: 'unread' },
  caseOpened: { playbookId: 'bad-review', stepId: 'mark' },
};

export interface TraineeQa {
  /** Their last scored conversations, newest first. */
  recent: ConversationQa[];
  /** The one category to work on: the most weight lost over those conversations. */
  next?: { category: QaCategoryId; misses: number; step?: { playbookId: string; stepId: string } };
}

/** A trainee's own last `count` conversations and the one thing to fix next. */
export function traineeQa(convs: readonly ConversationQa[], staffId: string, card: QaScorecard, count = 20): TraineeQa {
  const recent = convs
    .filter((c) => c.agent === staffId && c.score !== undefined)
    .sort((a, b) => b.lastAt - a.lastAt)
    .slice(0, count);
  let next: TraineeQa['next'];
  let worst = 0;
  for (const c of card.categories) {
    if (!c.enabled) continue;
    const misses = recent.filter((r) => r.results[c.id] === 'fail').length;
    if (misses * c.weight > worst) {
      worst = misses * c.weight;
      next = { category: c.id, misses, ...(PLAYBOOK_STEP_FOR[c.id] ? { step: PLAYBOOK_STEP_FOR[c.id] } : {}) };
    }
  }
  return { recent, ...(next ? { next } : {}) };
}
