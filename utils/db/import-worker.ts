import { importNdjsonFile } from './import-file';
import type { ImportWorkerMessage, ImportWorkerRequest } from './import-worker-protocol';
import { openMergedDb } from './merged-log';

/**
 * The dashboard's import, off its page: the file is streamed, parsed, merged and verified here a chunk at a time, so a
 * file of a million rows neither blocks the page nor is held whole in memory.
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null; postMessage: (message: ImportWorkerMessage) => void };
const db = openMergedDb();
let queue = Promise.resolve();

scope.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  const { id, file } = event.data;
  const post = (message: ImportWorkerMessage) => scope.postMessage(message);
  // One file at a time, in the order asked: two imports interleaving their chunks would judge each other's rows.
  queue = queue.then(async () => {
    let last = 0;
    const outcome = await importNdjsonFile(
      db,
      file.name,
      () => file.stream(),
      (progress) => {
        const now = performance.now();
        if (now - last < 100) return;
        last = now;
        post({ id, progress });
      },
    );
    post({ id, outcome });
  });
};
