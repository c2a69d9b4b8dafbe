import type { Action } from '../model';
import { stripIndexFields, type AppDB } from './app-db';

/** What a conversation's QA is folded from: the scores and overrides, and the promise, case and message rows beside them. */
const QA_KINDS = ['qa.scored', 'qa.overridden', 'promise.created', 'promise.done', 'promise.overdue', 'case.opened', 'message.received', 'message.sent', 'message.sent_unguarded'];

export async function qaActions(db: AppDB): Promise<Action[]> {
  return (await db.actions.where('kind').anyOf(QA_KINDS).toArray()).map(stripIndexFields);
}
