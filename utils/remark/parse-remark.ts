import type { RemarkFieldKey, RemarkFieldSpec, RemarkFields, RemarkFormat } from '../model/remark-format';
import { foldPunctuation } from './punctuation';
import { remarkError, type RemarkError } from './remark-errors';
import { isRemarkTime } from './remark-time';
import { knownFlags } from './site-remark';

export type ParsedRemark = { ok: true; fields: RemarkFields } | { ok: false; fields: RemarkFields; errors: RemarkError[] };

const STAFF_ID = /^[A-Za-z0-9_-]{1,16}$/;
/** Digits and date/time punctuation only: read as the time, then checked against the pattern. */
const LOOKS_LIKE_TIME = /^\d[\d\s:\-/.年月日时分]*$/;

/**
 * Reads one remark entry (one line) back into its fields, accepting full- and half-width punctuation and spaces
 * around separators. Fields may come in any order; a value that fits no field, a repeated field, a missing required
 * field or a value that breaks its field's rule is an error. Site-specific flags and limits are checked by validateRemark.
 */
export function parseRemark(text: string, format: RemarkFormat): ParsedRemark {
  const original = text.trim();
  if (!original) return { ok: false, fields: {}, errors: [remarkError('text', 'empty')] };
  if (/[\r\n]/.test(original)) return { ok: false, fields: {}, errors: [remarkError('text', 'invalid', '一条备注只能占一行')] };
  const folded = foldPunctuation(original);
  const separator = foldPunctuation(format.separator);
  const fields: RemarkFields = {};
  const errors: RemarkError[] = [];
  const assign = (key: RemarkFieldKey, value: string) => {
    if (fields[key] !== undefined) errors.push(remarkError(key, 'duplicate'));
    else fields[key] = value;
  };
  const enclosed = format.fields.filter((f) => f.prefix && f.suffix);
  const labelled = format.fields.filter((f) => f.prefix && !f.suffix);
  const has = (key: RemarkFieldKey) => format.fields.some((f) => f.key === key);

  let i = 0;
  while (i < folded.length) {
    while (i < folded.length && (folded.startsWith(separator, i) || /\s/.test(folded[i]!))) i += folded.startsWith(separator, i) ? separator.length : 1;
    if (i >= folded.length) break;
    const box = enclosed.find((f) => folded.startsWith(foldPunctuation(f.prefix), i));
    if (box) {
      const start = i + box.prefix.length;
      const end = folded.indexOf(foldPunctuation(box.suffix), start);
      if (end >= 0) {
        assign(box.key, original.slice(start, end).trim());
        i = end + box.suffix.length;
        continue;
      }
      errors.push(remarkError(box.key, 'unclosed'));
    }
    const next = folded.indexOf(separator, i);
    const end = next < 0 ? folded.length : next;
    const segment = original.slice(i, end).trim();
    const foldedSegment = folded.slice(i, end).trim();
    i = end;
    const label = labelled.find((f) => foldedSegment.startsWith(foldPunctuation(f.prefix)));
    if (label) assign(label.key, segment.slice(label.prefix.length).trim());
    else if (has('time') && LOOKS_LIKE_TIME.test(foldedSegment)) assign('time', segment);
    else if (has('changeType') && (format.changeTypes.includes(segment) || fields.changeType === undefined)) assign('changeType', segment);
    else errors.push(remarkError('text', 'unknownSegment', segment));
  }

  for (const spec of format.fields) errors.push(...checkField(spec, fields[spec.key], format));
  return errors.length ? { ok: false, fields, errors } : { ok: true, fields };
}

function checkField(spec: RemarkFieldSpec, value: string | undefined, format: RemarkFormat): RemarkError[] {
  if (value === undefined || value === '') return spec.required ? [remarkError(spec.key, 'missing')] : [];
  switch (spec.key) {
    case 'flag': {
      const known = knownFlags(format);
      return known.has(value) ? [] : [remarkError('flag', 'invalid', `可选：${[...known].join('、')}`)];
    }
    case 'changeType':
      return format.changeTypes.includes(value) ? [] : [remarkError('changeType', 'invalid', `可选：${format.changeTypes.join('、')}`)];
    case 'reason':
      return value.length <= format.maxReasonLength ? [] : [remarkError('reason', 'invalid', `最多 ${format.maxReasonLength} 字`)];
    case 'staffId':
      return STAFF_ID.test(value) ? [] : [remarkError('staffId', 'invalid', '1–16 位字母或数字')];
    case 'time':
      return isRemarkTime(foldPunctuation(value), foldPunctuation(format.timePattern)) ? [] : [remarkError('time', 'invalid', format.timePattern)];
    case 'note':
      return [];
  }
}
