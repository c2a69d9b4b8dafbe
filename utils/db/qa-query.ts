import type { Action } from '../model';
import { QA_KINDS } from '../model/qa';
import { stripIndexFields, type AppDB } from './app-db';

export async function qaActions(db: AppDB): Promise<Action[]> {
  return (
    await db.actions
      .where('kind')
      .anyOf([...QA_KINDS])
      .toArray()
  ).map(stripIndexFields);
}
