import { browser } from '#imports';
import type { AppDB } from '@/utils/db/app-db';
import { withOpenDb } from '@/utils/db/reopening';
import { getDeviceId } from '@/utils/db/device';
import { onMessage } from '@/utils/messaging';
import { validateMessage, type SenderInfo } from '@/utils/messaging/validate';
import { settingsStore, syncStateStore, teamSyncStore } from '@/utils/storage';
import { presenceRow } from '@/utils/team-live/presence';
import { decodeConnection, originPattern } from '@/utils/team-sync/connection';
import { clickhouseRequest, serverVersion } from '@/utils/team-sync/push';
import { syncOnce } from '@/utils/team-sync/sync-once';

const ALARM = 'kefu-team-sync';
const AFTER_COMMIT_MS = 2000;

/**
 * The team log's push, from the background only: after each commit (debounced), every minute, and at once when the
 * connection changes. Runs one at a time; with no connection configured it does nothing (everything stays local).
 */
export function watchTeamSync(db: AppDB) {
  let running: Promise<unknown> = Promise.resolve();
  const run = (force = false) =>
    (running = running
      .then(async () => {
        const { connection } = await teamSyncStore.load();
        if (!connection) return;
        const state = await syncStateStore.load();
        const hasPermission = () => browser.permissions.contains({ origins: [originPattern(connection)] });
        await withOpenDb(db, () => syncOnce({ db, connection, state, saveState: (s) => syncStateStore.save(s), hasPermission }, force));
      })
      .catch((error) => console.warn('[kefu] team sync failed; retried later', error)));
  void browser.alarms.create(ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === ALARM && void run());
  teamSyncStore.watch(() => void run(true));
  watchPresence(db);
  let timer: ReturnType<typeof setTimeout> | undefined;
  void run();
  return {
    afterCommit() {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), AFTER_COMMIT_MS);
    },
    runNow: () => void run(true),
  };
}

export type TeamSync = ReturnType<typeof watchTeamSync>;

/**
 * Chat tabs' heartbeats, on to the team server's presence table while the log is pushed there (a connection and the
 * host permission); otherwise dropped. Not queued: a lost heartbeat is replaced by the next one 15 s later.
 */
function watchPresence(db: AppDB) {
  const extensionOrigin = browser.runtime.getURL('/');
  onMessage('presence:beat', async (message) => {
    const checked = validateMessage('presence:beat', message.data, message.sender as SenderInfo, extensionOrigin);
    if (!checked.ok) throw new Error(checked.error);
    const { connection } = await teamSyncStore.load();
    if (!connection || !(await browser.permissions.contains({ origins: [originPattern(connection)] }))) return { sent: false };
    const { agent } = await settingsStore.load();
    const deviceId = await withOpenDb(db, () => getDeviceId(db));
    const row = presenceRow(checked.data, { deviceId, staffId: agent?.staffId, name: agent?.name, shop: agent?.shop }, Date.now());
    const result = await clickhouseRequest(connection, `INSERT INTO ${connection.database}.presence FORMAT JSONEachRow`, `${JSON.stringify(row)}\n`);
    return { sent: result.ok };
  });
}

/** The popup's connection test: the code, the host permission, the server, and an empty insert (rights and table). */
export async function testConnection(code: string) {
  const decoded = decodeConnection(code);
  if (!decoded.ok) return { ok: false, error: decoded.error, ...(decoded.detail ? { detail: decoded.detail } : {}) };
  const { connection } = decoded;
  if (!(await browser.permissions.contains({ origins: [originPattern(connection)] }))) return { ok: false, error: 'permission-missing' };
  const version = await serverVersion(connection);
  if (!version.ok) return { ok: false, error: version.error, detail: version.detail };
  const insert = await clickhouseRequest(connection, `INSERT INTO ${connection.database}.actions FORMAT JSONEachRow`, '');
  if (!insert.ok) return { ok: false, error: insert.error, detail: insert.detail };
  return { ok: true, version: version.version.join('.') };
}
