import { protocol, type MessageRequest, type MessageType } from './protocol';

export interface SenderInfo {
  /** Set when the message comes from a content script in a tab. */
  tab?: unknown;
  url?: string;
}

export type Validated<T extends MessageType> = { ok: true; data: MessageRequest<T> } | { ok: false; error: string };

/**
 * Parses an arriving message against its schema and checks who may send it.
 * Pure, so the background's rejection rules are unit-tested without a browser.
 */
export function validateMessage<T extends MessageType>(type: T, data: unknown, sender: SenderInfo, extensionOrigin: string): Validated<T> {
  const spec = protocol[type];
  // A content script's sender URL is its seller page; only our own pages (popup, dashboard, even in a tab) have ours.
  if (spec.privileged && !sender.url?.startsWith(extensionOrigin)) {
    return { ok: false, error: `${type} is accepted only from extension pages` };
  }
  const parsed = spec.request.safeParse(data);
  if (!parsed.success) return { ok: false, error: `malformed ${type}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  return { ok: true, data: parsed.data as MessageRequest<T> };
}
