import { defineBackground } from '#imports';
import { AppDB } from '@/utils/db/app-db';
import { traceMark } from '@/utils/log/start-trace';
import { ensureDeviceKey } from '@/utils/db/device-key';
import { watchCustomSites } from './custom-sites';
import { watchDuePromises } from './due-promises';
import { registerHandlers } from './handlers';
import { watchTeamSync } from './team-sync';
import { watchOutbox } from './outbox-drain';
import { watchAgentHistory } from './agent-history';
import { browser } from 'wxt/browser';
import { settingsStore, templatesStore } from '@/utils/storage';

export default defineBackground({
  type: 'module',
  main() {
    traceMark('main');
    const db = new AppDB();
    // Open now, so a schema upgrade runs when the extension updates rather than on the first message.
    void db.open().then(() => traceMark('db-open'));
    // This device's signing key, made once, so every export can carry a signed checkpoint.
    void ensureDeviceKey(db).catch((error) => console.warn('[kefu] no signing key yet', error));
    const agents = watchAgentHistory(db);
    const teamSync = watchTeamSync(db);
    registerHandlers(db, agents, teamSync);
    watchDuePromises(db);
    watchCustomSites();
    watchOutbox(db, agents);
    // A library an older build stored (or a tool wrote) as one array is rewritten as chunks, here and only here.
    const migrateTemplates = () => void templatesStore.migrateLegacy().catch((error) => console.warn('[kefu] template library not migrated', error));
    migrateTemplates();
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && Array.isArray(changes[templatesStore.storageKey]?.newValue)) migrateTemplates();
    });
  },
});
