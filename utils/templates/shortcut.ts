import type { Template } from '../model';

/**
 * Short codes (`;wl` → 查询物流): typed in the reply box, a code expands into its template's filled text when the
 * agent types a delimiter after it. Enter is never a delimiter where Enter sends (the expansion must be read before it
 * goes out), and one Backspace right after an expansion brings the code back.
 */
export const SHORTCUT_PATTERN = /^;[a-z0-9]{1,10}$/;
/** What ends a code: a space or punctuation (Chinese or Latin); Enter only where Enter makes a new line. */
const DELIMITER = /[\s，。！？、,.!?;；]/;

export interface Expansion {
  templateId: string;
  /** The box before and after: Backspace restores `before` while the box still holds `after`. */
  before: string;
  after: string;
}

/** The library's codes, lower-cased; the first template wins a code two templates share. */
export function shortcutIndex(templates: readonly Template[]): Map<string, Template> {
  const index = new Map<string, Template>();
  for (const t of templates) if (t.shortcut && SHORTCUT_PATTERN.test(t.shortcut.toLowerCase()) && !index.has(t.shortcut.toLowerCase())) index.set(t.shortcut.toLowerCase(), t);
  return index;
}

/**
 * The expansion for the box's text as it stands right after a delimiter was typed at the end, or undefined.
 * `fill` gives the template's text filled with the buyer's data. The code must start the box or follow a space.
 */
export function expandShortcut(text: string, index: Map<string, Template>, fill: (template: Template) => string, delimiter: { key: string; enterSends: boolean }): Expansion | undefined {
  if (delimiter.key === 'Enter' ? delimiter.enterSends : !DELIMITER.test(delimiter.key)) return undefined;
  const typed = delimiter.key === 'Enter' ? text : text.slice(0, -1);
  const match = typed.match(/(^|\s)(;[a-z0-9]{1,10})$/i);
  const template = match && index.get(match[2]!.toLowerCase());
  if (!match || !template) return undefined;
  const head = typed.slice(0, typed.length - match[2]!.length);
  return { templateId: template.id, before: text, after: head + fill(template) };
}

/** What one Backspace does right after an expansion: the box back as it was, or undefined when it changed since. */
export const undoExpansion = (current: string, last: Expansion | undefined): string | undefined => (last && current === last.after ? last.before : undefined);
