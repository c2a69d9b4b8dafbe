import type { ImportProgress } from './import-chunks';
import type { ImportOutcome } from './import-file';

/** The dashboard asks the import worker to import one file (a File clones into the worker without copying its bytes). */
export interface ImportWorkerRequest {
  id: number;
  file: File;
}

/** The worker answers with progress, at most every 100 ms, and then the outcome. */
export type ImportWorkerMessage = { id: number; progress: ImportProgress } | { id: number; outcome: ImportOutcome };
