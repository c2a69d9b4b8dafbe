import { learnedPhrasingSchema, type LearnedPhrasing } from '../model';
import { learnFromPick, mergeLearned, type PickOutcome } from '../suggest/learning';
import type { AppDB } from './app-db';

/** Every learned phrasing that parses (a row that does not is left where it is and skipped). */
export async function allLearned(db: AppDB): Promise<LearnedPhrasing[]> {
  const rows = await db.learned.toArray();
  return rows.flatMap((row) => {
    const parsed = learnedPhrasingSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** One pick (or a reply rewritten away) learned into the template's phrasings, in one transaction. */
export async function recordPick(db: AppDB, templateId: string, buyerTexts: string[], outcome: PickOutcome, now = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.learned, async () => {
    const kept = await db.learned.where('templateId').equals(templateId).toArray();
    const next = learnFromPick(kept, templateId, buyerTexts, outcome, now);
    const keep = new Set(next.map((p) => p.text));
    await db.learned.bulkDelete(kept.filter((p) => !keep.has(p.text)).map((p) => [p.templateId, p.text] as [string, string]));
    await db.learned.bulkPut(next);
  });
}

export async function deleteLearned(db: AppDB, templateId: string, text: string): Promise<void> {
  await db.learned.delete([templateId, text]);
}

/** Phrasings from a library file merged in (same template and text: the larger counts). */
export async function importLearned(db: AppDB, incoming: readonly LearnedPhrasing[]): Promise<void> {
  await db.transaction('rw', db.learned, async () => {
    const merged = mergeLearned(await db.learned.toArray(), incoming);
    await db.learned.clear();
    await db.learned.bulkPut(merged);
  });
}
