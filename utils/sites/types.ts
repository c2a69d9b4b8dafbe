import type { PageKind, SiteId, SiteProfile, SnapshotResult } from '../model';

/**
 * One seller page type (a site's chat workbench and its order pages are different adapters).
 * The only code that knows a site's DOM. Readers return data or null and never throw into the page;
 * element lookups are done afresh on every call because these pages re-render.
 */
export interface SiteAdapter {
  /** `<site>.<page>`, e.g. `pinduoduo.chat`. */
  id: string;
  site: SiteId;
  pageKind: PageKind;
  /** The site's facts as data (names, flags, limits, rules). */
  profile: SiteProfile;
  /** Where the site's content script is injected for this page: the profile page's `inject`, else its `match`. */
  matches: string[];
  /** Whether a URL is this page type, derived from the profile page's `match` and `exclude`; `examples` are checked against it in tests. */
  isPage: (url: URL) => boolean;
  /** From the profile: URLs of this page type agents really open. */
  examples: string[];
  /** The page read as data; `overrides`: the lead's selectors for this site, tried before the adapter's own. */
  snapshot: (doc: Document, overrides?: Record<string, string>) => SnapshotResult;
  /** The site's own reply box (a textarea or a rich-text editor), where suggestions are filled in. */
  chatInput?: (doc: Document) => HTMLElement | null;
  /** Whether Enter in the chat input sends (Feige) or makes a new line (Pinduoduo). */
  enterSends?: boolean;
  /** The site's own send control, guarded in the capture phase. */
  sendButton?: (doc: Document) => HTMLElement | null;
  /** The order remark editor when one is open on the page; filled by the remark builder, its save guarded. */
  remarkEditor?: (doc: Document) => RemarkEditor | null;
  /**
   * The site's own remark save control. Looked up on every click on the page, so kept to a selector: the full
   * editor read (order number, saved text) happens only once a click lands on it.
   */
  remarkSaveButton?: (doc: Document) => HTMLElement | null;
  /** Whether Enter in the remark editor saves (Shift+Enter making a new line). */
  remarkEnterSaves?: boolean;
  /**
   * Host regions the panel must never cover: the reply box and send button, the order or customer column, the
   * conversation list, the remark drawer and the rows' action buttons. Checked against every fixture page in e2e.
   */
  keepClear: (doc: Document) => Element[];
  /** Host content better left in view where the panel has a choice (message bubbles). */
  avoid?: (doc: Document) => Element[];
}

/** A site's remark editor, read afresh for every use. */
export interface RemarkEditor {
  orderNo: string;
  input: HTMLTextAreaElement;
  /** The remark the platform holds now, line by line: what a save would replace. */
  saved: string;
  /** The selected flag, by colour name (红, 黄 …), when the site has flags. */
  flag: string | undefined;
  /** Selects a flag colour the way a click would; false when the site has no such colour. */
  selectFlag: (colour: string) => boolean;
}

/** A marketplace: its profile and one adapter per page kind it supports (`utils/sites/<site>/index.ts`). */
export interface SiteModule {
  profile: SiteProfile;
  adapters: SiteAdapter[];
}
