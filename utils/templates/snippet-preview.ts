import { parseSnippets } from './snippets';

/**
 * A reply's text for reading in a list, its fields shown as what the form will ask (`〔顺丰/中通/圆通〕`, `〔尺码〕`)
 * rather than as their raw `{选择:…}` source. Display only: what goes into the reply box is the form's filled text.
 */
export function previewSnippets(text: string): string {
  const parsed = parseSnippets(text);
  if (!parsed.ok || parsed.fields.length === 0) return text;
  return parsed.parts
    .map((part) => (part.kind === 'literal' ? part.text : part.kind === 'date' ? part.source : part.kind === 'choice' ? `〔${part.options.join('/')}〕` : `〔${part.label}〕`))
    .join('');
}
