import type { RemarkFormat } from '../model/remark-format';
import type { SiteId } from '../model/site';
import { siteFlags, siteRemarkLimit } from './site-remark';
import { parseRemark } from './parse-remark';
import { remarkError, type RemarkError } from './remark-errors';

export interface RemarkValidation {
  ok: boolean;
  errors: RemarkError[];
}

export const remarkLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Checks a remark as the shop writes it: every non-empty line must be one entry in the format. With a site, the
 * flag must be one that site offers and the whole text must fit the site's length limit.
 */
export function validateRemark(text: string, format: RemarkFormat, site?: SiteId): RemarkValidation {
  const lines = remarkLines(text);
  if (lines.length === 0) return { ok: false, errors: [remarkError('text', 'empty')] };
  const errors: RemarkError[] = lines.flatMap((line, index) => validateEntry(line, format, site).map((e) => ({ ...e, line: index + 1 })));
  const limit = site ? siteRemarkLimit(format, site) : undefined;
  if (limit !== undefined && text.length > limit) errors.push(remarkError('text', 'tooLong', `${text.length}/${limit}`));
  return { ok: errors.length === 0, errors };
}

/** One line, including the site's own flag colours. */
export function validateEntry(line: string, format: RemarkFormat, site?: SiteId): RemarkError[] {
  const parsed = parseRemark(line, format);
  const errors = parsed.ok ? [] : [...parsed.errors];
  const flags = site ? siteFlags(format, site) : undefined;
  const flag = parsed.fields.flag;
  if (flags && flag && !flags.includes(flag) && !errors.some((e) => e.field === 'flag')) errors.push(remarkError('flag', 'invalid', `可选：${flags.join('、')}`));
  return errors;
}
