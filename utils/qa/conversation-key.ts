import { chinaDate } from '../time/china-time';

/**
 * A conversation is one buyer on one site on one China-time day: `site|buyer|YYYY-MM-DD` with the buyer's platform id
 * (`id:`) or, where the page has none, the nickname (`nick:`). Made the same way from a page and from a log row.
 */
export function conversationKey(site: string, buyer: { id?: string; nick?: string }, at: number): string | undefined {
  const who = buyer.id ? `id:${buyer.id}` : buyer.nick ? `nick:${buyer.nick}` : undefined;
  return who ? `${site}|${who}`.slice(0, 109) + `|${chinaDate(at)}` : undefined;
}

/** The day part of a key (for grouping by agent and day). */
export const conversationDay = (key: string) => key.slice(-10);
