import type { ImportProgress } from './import-chunks';
import type { ImportOutcome } from './import-file';
import type { ImportWorkerMessage, ImportWorkerRequest } from './import-worker-protocol';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { onProgress: (p: ImportProgress) => void; done: (o: ImportOutcome) => void }>();

function importWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    const entry = waiting.get(event.data.id);
    if (!entry) return;
    if ('progress' in event.data) entry.onProgress(event.data.progress);
    else {
      waiting.delete(event.data.id);
      entry.done(event.data.outcome);
    }
  };
  // A worker that dies (out of memory, a crash) fails every file it held, by name; the next import starts a new one.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = undefined;
    for (const [id, entry] of waiting) {
      waiting.delete(id);
      entry.done({ file: '', rejected: [{ line: 0, message: `the import stopped: ${event.message || 'worker error'}` }] });
    }
  };
  return worker;
}

/** Imports one NDJSON export into the merged log in the dashboard's import worker, with progress as it goes. */
export function importInWorker(file: File, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
  const id = nextId++;
  return new Promise((done) => {
    waiting.set(id, { onProgress, done: (o) => done({ ...o, file: o.file || file.name }) });
    const request: ImportWorkerRequest = { id, file };
    importWorker().postMessage(request);
  });
}
