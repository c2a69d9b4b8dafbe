import { z } from 'zod';
import { logAction } from '../log/log-action';
import type { SnapshotHealth } from '../model';
import { healthLevel } from '../sites/fields';
import { storedItem } from '../storage/stored-item';
import { chinaDate } from '../time/china-time';

/** What was last logged per adapter: the day and the fields' ways, so a page logs its health once a day or on a change. */
const loggedStore = storedItem({ key: 'local:adapterHealthLogged', schema: z.record(z.string(), z.object({ day: z.string(), signature: z.string() })), fallback: {}, version: 1 });

const signatureOf = (health: SnapshotHealth) => JSON.stringify(Object.entries(health).sort(([a], [b]) => a.localeCompare(b)));

/** Logs `adapter.health` when this adapter's fields are found differently than last logged, or on a new day. */
export async function reportHealth(adapterId: string, health: SnapshotHealth | undefined, now = Date.now()): Promise<boolean> {
  const level = healthLevel(health);
  if (!health || level === 'none') return false;
  const logged = await loggedStore.load();
  const day = chinaDate(now);
  const signature = signatureOf(health);
  if (logged[adapterId]?.day === day && logged[adapterId]?.signature === signature) return false;
  await loggedStore.save({ ...logged, [adapterId]: { day, signature } });
  logAction('adapter.health', { adapterId, level, fields: Object.fromEntries(Object.entries(health).slice(0, 30)) });
  return true;
}
