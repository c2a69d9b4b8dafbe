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
import { templatesStore } from '@/utils/storage';
import { followManaged } from '@/utils/storage/managed';
import { syncManagedTeam } from '@/utils/team-config/managed-team';

/**
 * Start-up work that delivery does not need waits this long: a start is usually a page's message, and a worker
 * stopped every few hundred milliseconds should spend its short life storing actions, not registering scripts.
 */
const AFTER_START_MS = 1000;

export default defineBackground({
  type: 'module',
  main() {
    traceMark('main');
    const db = new AppDB();
    // Open now, so a schema upgrade runs when the extension updates rather than on the first message.
    void db.open().then(() => traceMark('db-open'));
    // This device's signing key, made once, so every export can carry a signed checkpoint.
    setTimeout(() => void ensureDeviceKey(db).catch((error) => console.warn('[kefu] no signing key yet', error)), AFTER_START_MS);
    const agents = watchAgentHistory(db);
    const teamSync = watchTeamSync(db, AFTER_START_MS);
    registerHandlers(db, agents, teamSync);
    watchDuePromises(db);
    watchCustomSites(AFTER_START_MS);
    watchOutbox(db, agents);
    // A library an older build stored (or a tool wrote) as one array is rewritten as chunks, here and only here.
    const migrateTemplates = () => void templatesStore.migrateLegacy().catch((error) => console.warn('[kefu] template library not migrated', error));
    setTimeout(migrateTemplates, AFTER_START_MS);
    // Enterprise policy that names a team joins it, and its signed config is applied, at start and when it changes.
    setTimeout(() => followManaged(() => void syncManagedTeam().catch((error) => console.warn('[kefu] managed team not applied', error))), AFTER_START_MS);
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && Array.isArray(changes[templatesStore.storageKey]?.newValue)) migrateTemplates();
    });
  },
});
