/**
 * Whether a class, id or attribute value looks made by a build (a CSS-module hash, a styled-components name, a row
 * number) rather than written by the site's developers: such names change on the next release, so a selector built
 * on them breaks with it.
 */
export function looksGenerated(value: string): boolean {
  if (/^(css|sc|jsx|emotion|styled)-/i.test(value)) return true;
  if (value.length > 60) return true;
  return value.split(/[^a-zA-Z0-9]+/).some((part) => {
    if (/^\d{3,}$/.test(part)) return true;
    // A part mixing letters and digits ("k2f9", "Xk2mN0pQ7rVb", "a4512") is a hash or a counter, not a word.
    if (part.length >= 4 && /\d/.test(part) && /[a-zA-Z]/.test(part) && !/^(h[1-6]|v\d+|[a-z]+\d)$/i.test(part)) return true;
    // Long runs without vowels or in random case ("wmvLQcpt") are hashes too.
    return part.length >= 8 && (/[bcdfghjklmnpqrstvwxz]{5,}/i.test(part) || /[a-z][A-Z]{2,}[a-z]/.test(part));
  });
}

/** Attributes developers put on elements to find them again: the best anchors a page has. */
export const TEST_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-qa-id', 'data-cy', 'data-e2e', 'data-role', 'data-name'];

/** Attributes that say what this element is (its text anchors in attribute form). */
export const MEANING_ATTRIBUTES = ['name', 'aria-label', 'placeholder', 'title'];
/** Attributes that say only what kind of element it is: unique today, shared by the next button the site adds. */
export const KIND_ATTRIBUTES = ['role', 'type', 'contenteditable'];

/** A value quoted for an attribute selector. */
export const quoted = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
