import { canonicalVariable, VARIABLE_PATTERN, type TemplateContext } from './variables';

export interface Rendered {
  text: string;
  /** Canonical names of variables with no value; their `{…}` stays in `text` so the send guard stops it. */
  missing: string[];
}

/** Fills `{变量}` (or an English alias) from the context. Unknown or empty variables are reported missing. */
export function renderTemplate(body: string, context: TemplateContext): Rendered {
  const missing = new Set<string>();
  const text = body.replace(VARIABLE_PATTERN, (whole, raw: string) => {
    const name = canonicalVariable(raw);
    const value = name ? context[name] : undefined;
    if (value === undefined || value === '') {
      missing.add(name ?? raw);
      return name ? `{${name}}` : whole;
    }
    return String(value);
  });
  return { text, missing: [...missing] };
}
