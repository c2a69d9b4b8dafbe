import { clipToSchema, pageSnapshotSchema, type CannotReadReason, type PageKind, type PageSnapshot, type SiteProfile, type SnapshotHealth, type SnapshotResult } from '../model';
import { controlByWords, onlyEditable, saveControlAround, SEND_WORDS } from './fallbacks';
import { fieldElement, withFieldProbe } from './fields';
import { injectPatterns, pageTest } from './page-pattern';
import type { SiteAdapter } from './types';

/** What an adapter's reader found: the page's own data, without what the wrapper adds (site, kind, id). */
export type PageRead = Omit<PageSnapshot, 'site' | 'pageKind' | 'adapterId' | 'messages' | 'orders'> & Partial<Pick<PageSnapshot, 'messages' | 'orders'>>;
/** Why a page cannot be read, said by the reader. */
export interface Unreadable {
  cannotRead: CannotReadReason;
  detail?: string;
}

export type AdapterSpec = Omit<SiteAdapter, 'id' | 'site' | 'pageKind' | 'examples' | 'snapshot' | 'enterSends' | 'profile' | 'matches' | 'isPage'> & {
  profile: SiteProfile;
  pageKind: PageKind;
  read: (doc: Document) => PageRead | Unreadable;
  /** Only for a lead's own page, whose pattern also holds a query: built-in pages are their profile's match patterns. */
  isPage?: (url: URL) => boolean;
};

export const unreadable = (cannotRead: CannotReadReason, detail?: string): Unreadable => ({ cannotRead, ...(detail ? { detail } : {}) });

type Part = (doc: Document) => HTMLElement | null;

/** A part every feature reaches for, as the named field `name`: a lead's selector, then the adapter's own way, then `fallback`. */
const namedPart = (name: string, own: Part | undefined, fallback: (doc: Document) => Element | null | undefined): Part | undefined =>
  own &&
  ((doc) =>
    fieldElement(
      name,
      doc,
      () => own(doc),
      () => fallback(doc),
    ) ?? null);

/**
 * One page kind of a site. Its id, examples and Enter behaviour come from the site's profile; the reader returns the
 * page's data or why it cannot, and this wrapper stamps the snapshot and turns a reader's exception into "unknown
 * layout" so a changed page never throws into the host.
 */
export function defineAdapter(spec: AdapterSpec): SiteAdapter {
  const { profile, pageKind, read, isPage: ownTest, ...rest } = spec;
  // The parts every feature reaches for outside a read are named fields too: a lead's selector for them wins, the
  // adapter's own way comes next, and a way without class names (the one place to type, the control that says 发送)
  // keeps the panel working through a site's redesign.
  const chatInput = namedPart('replyBox', spec.chatInput, onlyEditable);
  const sendButton = namedPart('sendButton', spec.sendButton, (doc) => controlByWords(doc, SEND_WORDS));
  const remarkSaveButton = namedPart('remarkSave', spec.remarkSaveButton, (doc) => saveControlAround(spec.remarkEditor?.(doc)?.input));
  const readAll = (doc: Document): PageRead | Unreadable => {
    const found = read(doc);
    if ('cannotRead' in found) return found;
    const input = chatInput?.(doc);
    sendButton?.(doc);
    return input && !found.capabilities.reply ? { ...found, capabilities: { ...found.capabilities, reply: true } } : found;
  };
  const page = profile.pages.find((p) => p.kind === pageKind);
  if (!page) throw new Error(`${profile.id}: profile lists no ${pageKind} page`);
  const id = page.adapterId;
  const snapshot = (doc: Document, overrides?: Record<string, string>): SnapshotResult => {
    let found: PageRead | Unreadable;
    let health: SnapshotHealth;
    try {
      ({ value: found, health } = withFieldProbe(() => readAll(doc), overrides));
    } catch (error) {
      return { ok: false, reason: 'unknown-layout', adapterId: id, detail: String(error).slice(0, 200) };
    }
    const named = Object.keys(health).length ? { health } : {};
    if ('cannotRead' in found) return { ok: false, reason: found.cannotRead, adapterId: id, ...(found.detail ? { detail: found.detail } : {}), ...named };
    const snapshot: PageSnapshot = { site: profile.id, pageKind, adapterId: id, orders: [], messages: [], ...found };
    // The schema's limits are the contract with the rest of the product: longer page text is cut and named.
    const clipped = clipToSchema(snapshot, pageSnapshotSchema);
    if (!clipped) return { ok: true, snapshot, ...named };
    return { ok: true, snapshot: clipped.clipped.length ? { ...clipped.value, clipped: clipped.clipped } : snapshot, ...named };
  };
  // Host and path are the profile's page entry, said once: the manifest's patterns and `isPage` both come from it.
  const isPage = ownTest ?? pageTest(page);
  const matches = [...injectPatterns(page)];
  return { ...rest, chatInput, sendButton, remarkSaveButton, id, site: profile.id, pageKind, profile, matches, isPage, examples: page.examples, enterSends: page.enterSends, snapshot };
}
