import { storage } from '#imports';
import { remarkFormatSchema, type RemarkFormat } from './model';
import { DEFAULT_REMARK_FORMAT } from './remark/default-format';

/** The shop's remark format in extension storage; the seed convention until a lead changes it. */
export const remarkFormatItem = storage.defineItem<RemarkFormat>('local:remarkFormat', { fallback: DEFAULT_REMARK_FORMAT, version: 1 });

/** A stored format that no longer parses is left untouched and the default applies. */
export function parseStoredRemarkFormat(raw: unknown): RemarkFormat {
  const parsed = remarkFormatSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[kefu] stored remark format does not parse; using the default', parsed.error.issues[0]);
  return DEFAULT_REMARK_FORMAT;
}

export const loadRemarkFormat = async () => parseStoredRemarkFormat(await remarkFormatItem.getValue());
export const saveRemarkFormat = (format: RemarkFormat) => remarkFormatItem.setValue(remarkFormatSchema.parse(format));
export const watchRemarkFormat = (onChange: (format: RemarkFormat) => void) => remarkFormatItem.watch((raw) => onChange(parseStoredRemarkFormat(raw)));
