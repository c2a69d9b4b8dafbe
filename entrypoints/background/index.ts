import { defineBackground } from '#imports';
import { AppDB } from '@/utils/db/app-db';
import { ensureDeviceKey } from '@/utils/db/device-key';
import { watchCustomSites } from './custom-sites';
import { watchDuePromises } from './due-promises';
import { registerHandlers } from './handlers';
import { watchTeamSync } from './team-sync';
import { watchOutbox } from './outbox-drain';
import { browser } from 'wxt/browser';
import { settingsStore, templatesStore } from '@/utils/storage';
import { followManaged } from '@/utils/storage/managed';
import { syncManagedTeam } from '@/utils/team-config/managed-team';

export default defineBackground({
  type: 'module',
  main() {
    const db = new AppDB();
    // Open now, so a schema upgrade runs when the extension updates rather than on the first message.
    void db.open();
    // This device's signing key, made once, so every export can carry a signed checkpoint.
    void ensureDeviceKey(db).catch((error) => console.warn('[kefu] no signing key yet', error));
    const teamSync = watchTeamSync(db);
    registerHandlers(db, teamSync);
    watchDuePromises(db);
    watchCustomSites();
    watchOutbox(db, async () => (await settingsStore.load()).agent);
    // A library an older build stored (or a tool wrote) as one array is rewritten as chunks, here and only here.
    const migrateTemplates = () => void templatesStore.migrateLegacy().catch((error) => console.warn('[kefu] template library not migrated', error));
    migrateTemplates();
    // Enterprise policy that names a team joins it, and its signed config is applied, at start and when it changes.
    followManaged(() => void syncManagedTeam().catch((error) => console.warn('[kefu] managed team not applied', error)));
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && Array.isArray(changes[templatesStore.storageKey]?.newValue)) migrateTemplates();
    });
  },
});
