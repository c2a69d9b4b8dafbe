import { isClosedDatabaseError } from '../log/log-problem';
import type { AppDB } from './app-db';

/**
 * Runs a database task, reopening the connection once when it was closed under us (after a full disk or an I/O
 * error Dexie closes the database and every later call fails until it is opened again).
 */
export async function withOpenDb<T>(db: AppDB, task: () => Promise<T>): Promise<T> {
  try {
    if (!db.isOpen()) await db.open();
    return await task();
  } catch (error) {
    if (!isClosedDatabaseError(error)) throw error;
    db.close();
    await db.open();
    return task();
  }
}
