import { defineBackground } from '#imports';
import { AppDB } from '@/utils/db/app-db';
import { watchDuePromises } from './due-promises';
import { registerHandlers } from './handlers';
import { watchOutbox } from './outbox-drain';
import { settingsStore } from '@/utils/storage';

export default defineBackground({
  type: 'module',
  main() {
    const db = new AppDB();
    // Open now, so a schema upgrade runs when the extension updates rather than on the first message.
    void db.open();
    registerHandlers(db);
    watchDuePromises(db);
    watchOutbox(db, async () => (await settingsStore.load()).agent);
  },
});
