import type { RemarkFields, RemarkFormat } from '../model/remark-format';
import { foldPunctuation } from './punctuation';

/**
 * One remark entry in the shop's format. Values are put on one line: line breaks become spaces and the
 * separator (in either width) becomes `/`, so the entry always parses back into the same fields.
 */
export function formatRemark(fields: RemarkFields, format: RemarkFormat): string {
  const separator = foldPunctuation(format.separator);
  let out = '';
  let needsSeparator = false;
  for (const spec of format.fields) {
    const value = cleanValue(fields[spec.key], separator);
    if (!value) continue;
    if (needsSeparator) out += format.separator;
    out += spec.prefix + value + spec.suffix;
    needsSeparator = !spec.suffix;
  }
  return out;
}

function cleanValue(value: string | undefined, foldedSeparator: string): string {
  if (!value) return '';
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return [...oneLine].map((ch) => (foldPunctuation(ch) === foldedSeparator ? '/' : ch)).join('');
}
