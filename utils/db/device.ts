import type { AppDB } from './app-db';

/** This browser profile's id in the log; made on first use and never changed. */
export async function getDeviceId(db: AppDB): Promise<string> {
  const row = await db.meta.get('deviceId');
  if (typeof row?.value === 'string') return row.value;
  const id = crypto.randomUUID();
  await db.meta.put({ key: 'deviceId', value: id });
  return id;
}
