import type { ImportReport } from '../export/import-verdict';
import type { Action, Checkpoint } from '../model';
import { AppDB } from './app-db';
import { importChunks } from './import-chunks';

export type { ImportReport } from '../export/import-verdict';

/** Agents' imported logs live in their own database, apart from the lead's own log. */
export const MERGED_DB_NAME = 'kefu-assist-merged';

export const openMergedDb = () => new AppDB(MERGED_DB_NAME);

/** Stores an import's new rows and keeps its report (with every chain problem found): rows already in memory, as one chunk. */
export async function importIntoMerged(db: AppDB, fileName: string, rows: readonly Action[], checkpoints: readonly Checkpoint[] = []): Promise<ImportReport> {
  return importChunks(db, fileName, async function* () {
    yield { rows, checkpoints };
  });
}

export async function importReports(db: AppDB): Promise<ImportReport[]> {
  const rows = await db.meta.where('key').startsWith('import:').toArray();
  return rows.map((r) => r.value as ImportReport).sort((a, b) => b.at - a.at);
}
