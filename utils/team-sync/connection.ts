import { z } from 'zod';

/**
 * Where an agent's extension pushes the log: a ClickHouse HTTP endpoint, the agent's own INSERT-only user, and the
 * database. A lead hands it over as a connection code (`kefu-sync:` + base64url JSON) the agent pastes into the popup.
 * Kept in storage.local only; never logged, never exported.
 */
export const syncConnectionSchema = z.object({
  url: z
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'http(s) only')
    .transform((u) => u.replace(/\/+$/, '')),
  user: z.string().regex(/^[A-Za-z0-9_]{1,64}$/, 'letters, digits and _'),
  password: z.string().min(1).max(200),
  database: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
    .default('kefu'),
});
export type SyncConnection = z.infer<typeof syncConnectionSchema>;

const PREFIX = 'kefu-sync:';

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (text: string) => new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

export const encodeConnection = (connection: SyncConnection) => PREFIX + toBase64Url(JSON.stringify(connection));

/** The connection in a pasted code, or why it is not one (the words the popup shows). */
export function decodeConnection(code: string): { ok: true; connection: SyncConnection } | { ok: false; error: 'not-a-code' | 'damaged' | 'invalid'; detail?: string } {
  const trimmed = code.trim();
  if (!trimmed.startsWith(PREFIX)) return { ok: false, error: 'not-a-code' };
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(trimmed.slice(PREFIX.length)));
  } catch {
    return { ok: false, error: 'damaged' };
  }
  const parsed = syncConnectionSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      error: 'invalid',
      detail: parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')
        .slice(0, 200),
    };
  return { ok: true, connection: parsed.data };
}

/** The host-permission pattern the extension must hold for this server. */
export const originPattern = (connection: SyncConnection) => `${new URL(connection.url).origin}/*`;
