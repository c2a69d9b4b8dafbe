import { browser } from '#imports';
import { decodeConnection, originPattern, type SyncConnection } from '@/utils/team-sync/connection';

/**
 * A pasted connection code, decoded, with its server's origin granted: asked from the click itself, because Chrome
 * grants optional hosts only in answer to a user gesture. The error is a message key (sync.error.*).
 */
export async function askForServer(code: string): Promise<{ ok: true; connection: SyncConnection } | { ok: false; error: string }> {
  const decoded = decodeConnection(code);
  if (!decoded.ok) return { ok: false, error: `sync.error.${decoded.error}` };
  const granted = await browser.permissions.request({ origins: [originPattern(decoded.connection)] }).catch(() => false);
  return granted ? { ok: true, connection: decoded.connection } : { ok: false, error: 'sync.error.permission-missing' };
}
