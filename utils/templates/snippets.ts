import type { TemplateLanguage } from '../model';
import { zonedDayNumber } from '../time/zoned-time';

/**
 * Snippet fields in a template body, as Text Blaze has them: `{选择:顺丰|中通|圆通}` (the agent picks one),
 * `{填写:尺码}` (a short text the agent types), and dates on the market's clock — `{今天}`, `{明天}`, `{后天}`,
 * `{+3天}` (English: `{choice:a|b}`, `{text:size}`, `{today}`, `{tomorrow}`, `{+3d}`). A full-width colon works too.
 */
export type SnippetField = { kind: 'choice'; id: string; options: string[]; source: string } | { kind: 'text'; id: string; label: string; source: string };

export type SnippetPart = { kind: 'literal'; text: string } | { kind: 'date'; days: number; source: string } | SnippetField;

export type SnippetErrorCode = 'unclosed' | 'oneOption' | 'emptyOption' | 'emptyLabel' | 'dayRange' | 'unknownKind';

export interface SnippetError {
  code: SnippetErrorCode;
  /** Where the snippet starts in the body (0-based) and its text as written. */
  at: number;
  snippet: string;
}

export type ParsedSnippets = { ok: true; parts: SnippetPart[]; fields: SnippetField[] } | { ok: false; error: SnippetError };

const KINDS: Record<string, 'choice' | 'text'> = { 选择: 'choice', choice: 'choice', 填写: 'text', text: 'text' };
const DATE_WORDS: Record<string, number> = { 今天: 0, today: 0, 明天: 1, tomorrow: 1, 后天: 2 };
const DAY_OFFSET = /^\+(\d{1,4})(?:天|d|days?)$/;
const MAX_DAYS = 365;
const MAX_OPTIONS = 20;

/** Splits a body into literal text, dates and fields. Other `{…}` (template variables, stray braces) stay literal. */
export function parseSnippets(body: string): ParsedSnippets {
  const parts: SnippetPart[] = [];
  const fields: SnippetField[] = [];
  let literal = '';
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    literal += body.slice(i, open);
    const close = body.indexOf('}', open + 1);
    const nextOpen = body.indexOf('{', open + 1);
    const head = /^\{([^{}:：]{1,10})[:：]/.exec(body.slice(open, open + 13));
    const isField = head !== null;
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      // An unclosed `{选择:…` is an error; an unclosed stray brace is just text.
      if (isField) return { ok: false, error: { code: 'unclosed', at: open, snippet: body.slice(open, nextOpen >= 0 ? nextOpen : body.length).split('\n')[0]! } };
      literal += '{';
      i = open + 1;
      continue;
    }
    const source = body.slice(open, close + 1);
    const inner = body.slice(open + 1, close);
    const flush = () => {
      if (literal) parts.push({ kind: 'literal', text: literal });
      literal = '';
    };
    if (isField) {
      const kind = KINDS[head[1]!.trim().toLowerCase()];
      const rest = inner.slice(head[0].length - 1);
      const error = (code: SnippetErrorCode): ParsedSnippets => ({ ok: false, error: { code, at: open, snippet: source } });
      if (!kind) return error('unknownKind');
      const id = `f${fields.length}`;
      let field: SnippetField;
      if (kind === 'choice') {
        const options = rest.split('|').map((o) => o.trim());
        if (options.some((o) => o === '')) return error(options.length === 1 ? 'oneOption' : 'emptyOption');
        if (options.length < 2) return error('oneOption');
        field = { kind, id, options: options.slice(0, MAX_OPTIONS), source };
      } else {
        const label = rest.trim();
        if (!label) return error('emptyLabel');
        field = { kind, id, label, source };
      }
      flush();
      parts.push(field);
      fields.push(field);
    } else {
      const word = inner.trim().toLowerCase();
      const offset = DATE_WORDS[word] ?? (DAY_OFFSET.test(word) ? Number(DAY_OFFSET.exec(word)![1]) : undefined);
      if (offset === undefined) literal += source;
      else if (offset > MAX_DAYS) return { ok: false, error: { code: 'dayRange', at: open, snippet: source } };
      else {
        flush();
        parts.push({ kind: 'date', days: offset, source });
      }
    }
    i = close + 1;
  }
  literal += body.slice(i);
  if (literal) parts.push({ kind: 'literal', text: literal });
  return { ok: true, parts, fields };
}

export interface SnippetClock {
  now: number;
  /** The market's zone (the site profile's, or its region's). */
  timeZone: string;
  /** The template's language: the date is written the way its reader writes dates. */
  language: TemplateLanguage;
}

const DATE_FORMATS: Record<TemplateLanguage, Intl.DateTimeFormatOptions & { locale: string }> = {
  'zh-CN': { locale: 'zh-CN', month: 'long', day: 'numeric' },
  en: { locale: 'en-US', month: 'short', day: 'numeric' },
  ru: { locale: 'ru-RU', month: 'long', day: 'numeric' },
};

/** The calendar day `days` after today on the zone's clock, written for the language (12月4日, Dec 4, 4 декабря). */
export function snippetDate(days: number, clock: SnippetClock): string {
  const day = zonedDayNumber(clock.timeZone, clock.now) + days;
  const { locale, ...format } = DATE_FORMATS[clock.language];
  return new Intl.DateTimeFormat(locale, { ...format, timeZone: 'UTC' }).format(day * 86_400_000);
}

export type FilledSnippets =
  { ok: true; text: string; /** Fields without a value: their snippet stays in the text, so the guard stops it. */ unfilled: SnippetField[] } | { ok: false; text: string; error: SnippetError };

/**
 * Fills the dates and the fields the agent gave (by field id; a choice only takes one of its options). A malformed
 * snippet fills nothing: the body comes back as it was, with the error.
 */
export function fillSnippets(body: string, values: Readonly<Record<string, string>>, clock: SnippetClock): FilledSnippets {
  const parsed = parseSnippets(body);
  if (!parsed.ok) return { ok: false, text: body, error: parsed.error };
  const unfilled: SnippetField[] = [];
  let text = '';
  for (const part of parsed.parts) {
    if (part.kind === 'literal') text += part.text;
    else if (part.kind === 'date') text += snippetDate(part.days, clock);
    else {
      const value = values[part.id]?.trim();
      const valid = value && (part.kind === 'text' || part.options.includes(value));
      if (valid) text += value;
      else {
        unfilled.push(part);
        text += part.source;
      }
    }
  }
  return { ok: true, text, unfilled };
}
