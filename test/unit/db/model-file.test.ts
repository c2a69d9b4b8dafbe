import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteModelFile, ModelDB, promoteCandidate, readModelFile, writeModelFile } from '@/utils/db/model-file';

describe('the imported model file (its own IndexedDB database)', () => {
  it('a new file waits as the candidate: the model in use changes only when the candidate is promoted', async () => {
    const db = new ModelDB(`models-${Math.random()}`);
    await writeModelFile(db, Uint8Array.from([1, 2, 3]).buffer);
    await writeModelFile(db, Uint8Array.from([9, 9]).buffer, 'candidate');
    expect([...(await readModelFile(db))!]).toEqual([1, 2, 3]);
    // A refused candidate is deleted and the model in use is untouched.
    await deleteModelFile(db, 'candidate');
    expect([...(await readModelFile(db))!]).toEqual([1, 2, 3]);
    await expect(promoteCandidate(db)).rejects.toThrow(/no imported file/);
    await writeModelFile(db, Uint8Array.from([7]).buffer, 'candidate');
    await promoteCandidate(db);
    expect([...(await readModelFile(db))!]).toEqual([7]);
    expect(await readModelFile(db, 'candidate')).toBeNull();
  });
});
