import Dexie, { type EntityTable } from 'dexie';

/** An imported model file, whole: the re-ranker's model, and a newly imported file while it is being checked. */
export interface ModelFileRow {
  id: ModelSlot;
  bytes: ArrayBuffer;
}
export type ModelSlot = 'reranker' | 'candidate';

/**
 * The extension's own database for model files, apart from the action log's (a model is tens of MB and has nothing
 * to do with the log's schema versions). Read by the re-ranker's offscreen document; written by the dashboard.
 */
export class ModelDB extends Dexie {
  files!: EntityTable<ModelFileRow, 'id'>;
  constructor(name = 'kefu-models') {
    super(name);
    this.version(1).stores({ files: 'id' });
  }
}

export async function readModelFile(db: ModelDB, slot: ModelSlot = 'reranker'): Promise<Uint8Array | null> {
  const row = await db.files.get(slot);
  return row ? new Uint8Array(row.bytes) : null;
}

export async function writeModelFile(db: ModelDB, bytes: ArrayBuffer, slot: ModelSlot = 'reranker'): Promise<void> {
  await db.files.put({ id: slot, bytes });
}

/** A checked candidate becomes the model, in one transaction (the model in use is replaced only by a good file). */
export async function promoteCandidate(db: ModelDB): Promise<void> {
  await db.transaction('rw', db.files, async () => {
    const row = await db.files.get('candidate');
    if (!row) throw new Error('no imported file to use');
    await db.files.put({ id: 'reranker', bytes: row.bytes });
    await db.files.delete('candidate');
  });
}

export async function deleteModelFile(db: ModelDB, slot: ModelSlot = 'reranker'): Promise<void> {
  await db.files.delete(slot);
}
