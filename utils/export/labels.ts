import { translate, type MessageKey } from '../i18n';
import { en } from '../i18n/messages';
import type { UiLanguage } from '../model';
import { siteName } from '../sites/profiles';
import { chinaDateTime } from '../time/china-time';
import { DEFAULT_TEMPLATES } from '../templates/default-pack';
import { EXPORT_COLUMNS } from './columns-list';

/** Words for a lead: an action's name, a payload field's, a column's, in the UI language (the raw id when unknown). */
const known = (key: string): key is MessageKey => key in en;
const word = (key: string, fallback: string, lang: UiLanguage) => (known(key) ? translate(lang, key) : fallback);

export const kindLabel = (kind: string, lang: UiLanguage) => word(`kind.${kind}`, kind, lang);
export const fieldLabel = (field: string, lang: UiLanguage) => word(`field.${field}`, field, lang);
export const columnLabels = (lang: UiLanguage) => EXPORT_COLUMNS.map((c) => word(`column.${c}`, c, lang));

const DEFAULT_TITLES = new Map(DEFAULT_TEMPLATES.map((t) => [t.id, t.title]));

/** A code a payload carries, in words where the product has them (a template's title, a rule's, a page kind's, a health level's). */
function codeText(field: string, value: string, lang: UiLanguage): string | undefined {
  if (field === 'templateId' || field === 'templateIds') return DEFAULT_TITLES.get(value);
  if (field === 'ruleId' || field === 'ruleIds') return known(`rule.${value}`) ? translate(lang, `rule.${value}` as MessageKey) : undefined;
  if (field === 'pageKind') return known(`picker.kind.${value}`) ? translate(lang, `picker.kind.${value}` as MessageKey) : undefined;
  if (field === 'level') return known(`health.${value}`) ? translate(lang, `health.${value}` as MessageKey) : undefined;
  if (field === 'adapterId') return adapterLabel(value, lang);
  if (field === 'site') return siteName(value, lang);
  if (field === 'via') return known(`via.${value}`) ? translate(lang, `via.${value}` as MessageKey) : undefined;
  return undefined;
}

/** A page field's name (买家昵称, 发送按钮); a name no message covers (a lead's own, a newer build's) as itself. */
export const pageFieldLabel = (name: string, lang: UiLanguage) => word(`picker.field.${name}`, name, lang);

/** An adapter id (`douyin.orderList`) as its site and page kind in words; undefined when either is unknown. */
export function adapterLabel(adapterId: string, lang: UiLanguage): string | undefined {
  const [site, kind] = adapterId.split('.');
  const kindKey = `picker.kind.${kind}`;
  return site && known(kindKey) ? `${siteName(site, lang)} · ${translate(lang, kindKey as MessageKey)}` : undefined;
}

/** A site-health map (field → how it was read) in words: 买家昵称：正常，消息：备用方式. */
function healthFieldsText(fields: Record<string, unknown>, lang: UiLanguage): string {
  return Object.entries(fields)
    .map(([name, via]) => `${pageFieldLabel(name, lang)}${lang === 'zh-CN' ? '：' : ': '}${word(`health.via.${String(via)}`, String(via), lang)}`)
    .join(lang === 'zh-CN' ? '，' : ', ');
}

function valueText(field: string, value: unknown, lang: UiLanguage): string {
  if (typeof value === 'boolean') return translate(lang, value ? 'value.true' : 'value.false');
  if (typeof value === 'string') {
    const words = codeText(field, value, lang);
    if (words) return words;
  }
  if (field === 'fields' && value && typeof value === 'object' && !Array.isArray(value)) return healthFieldsText(value as Record<string, unknown>, lang);
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
