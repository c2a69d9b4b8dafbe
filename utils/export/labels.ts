import { translate, type MessageKey } from '../i18n';
import { en } from '../i18n/messages';
import type { UiLanguage } from '../model';
import { siteName } from '../sites';
import { chinaDateTime } from '../time/china-time';
import { EXPORT_COLUMNS } from './columns-list';

/** Words for a lead: an action's name, a payload field's, a column's, in the UI language (the raw id when unknown). */
const known = (key: string): key is MessageKey => key in en;
const word = (key: string, fallback: string, lang: UiLanguage) => (known(key) ? translate(lang, key) : fallback);

export const kindLabel = (kind: string, lang: UiLanguage) => word(`kind.${kind}`, kind, lang);
export const fieldLabel = (field: string, lang: UiLanguage) => word(`field.${field}`, field, lang);
export const columnLabels = (lang: UiLanguage) => EXPORT_COLUMNS.map((c) => word(`column.${c}`, c, lang));

function valueText(field: string, value: unknown, lang: UiLanguage): string {
  if (typeof value === 'boolean') return translate(lang, value ? 'value.true' : 'value.false');
  if (typeof value === 'number' && /At$/.test(field) && value > 1e12) return chinaDateTime(value).slice(0, 16);
  if (Array.isArray(value)) return value.map((v) => valueText(field, v, lang)).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  if (field === 'kind' && typeof value === 'string') return kindLabel(value, lang);
  return String(value ?? '');
}

/** A payload as "field: value" pairs in the lead's words (`订单号: 6925…；状态: 已发货`). */
export function payloadText(payload: unknown, lang: UiLanguage): string {
  if (!payload || typeof payload !== 'object') return valueText('', payload, lang);
  return Object.entries(payload as Record<string, unknown>)
    .map(([field, value]) => `${fieldLabel(field, lang)}: ${valueText(field, value, lang)}`)
    .join(lang === 'zh-CN' ? '；' : '; ');
}

export const siteLabel = (site: string | undefined, lang: UiLanguage) => (site ? siteName(site, lang) : '');
