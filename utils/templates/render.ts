import { fillSnippets, type SnippetClock, type SnippetError, type SnippetField } from './snippets';
import { canonicalVariable, VARIABLE_PATTERN, type TemplateContext } from './variables';

export interface Rendered {
  text: string;
  /** Canonical names of variables with no value; their `{…}` stays in `text` so the send guard stops it. */
  missing: string[];
  /** Snippet fields the agent still has to fill or choose (a small form before insert); their snippet stays in `text`. */
  fields?: SnippetField[];
  /** A malformed snippet: nothing of the body was filled by snippets, and the editor names it. */
  snippetError?: SnippetError;
}

export interface RenderOptions {
  /** For `{今天}`, `{+3天}` … on the market's clock; without it dates stay as written (and are reported missing). */
  clock?: SnippetClock;
  /** The agent's answers to the body's fields, by field id. */
  values?: Readonly<Record<string, string>>;
}

/** Fills snippets (dates, the agent's field answers), then `{变量}` (or an English alias) from the context. Unknown or empty variables are reported missing. */
export function renderTemplate(body: string, context: TemplateContext, options: RenderOptions = {}): Rendered {
  let source = body;
  let fields: SnippetField[] | undefined;
  let snippetError: SnippetError | undefined;
  if (options.clock) {
    const filled = fillSnippets(body, options.values ?? {}, options.clock);
    source = filled.text;
    if (filled.ok) fields = filled.unfilled.length ? filled.unfilled : undefined;
    else snippetError = filled.error;
  }
  const missing = new Set<string>();
  const text = source.replace(VARIABLE_PATTERN, (whole, raw: string) => {
    const name = canonicalVariable(raw);
    const value = name ? context[name] : undefined;
    if (value === undefined || value === '') {
      missing.add(name ?? raw);
      return name ? `{${name}}` : whole;
    }
    return String(value);
  });
  return { text, missing: [...missing], ...(fields ? { fields } : {}), ...(snippetError ? { snippetError } : {}) };
}
