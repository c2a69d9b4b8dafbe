import { z } from 'zod';

/**
 * The private channel between the panel (content script) and one text field drawn in an extension-origin iframe.
 * Everything the agent types goes to the iframe's own document, so no listener of the host page ever sees a key,
 * an `input` or a composition event of it; only the value crosses, over a MessagePort the page never holds.
 */
export const FIELD_MAX_LENGTH = 2000;

export const fieldConfigSchema = z.object({
  /** Once per iframe: the handshake is accepted only with the token that came in the frame's own URL. */
  token: z.string().min(16).max(64),
  type: z.enum(['text', 'number']).default('text'),
  maxLength: z.number().int().min(1).max(FIELD_MAX_LENGTH).default(FIELD_MAX_LENGTH),
  placeholder: z.string().max(200).default(''),
  label: z.string().max(200).default(''),
  monospace: z.boolean().default(false),
  /** A number field's bounds, as on `<input type=number>`. */
  min: z.number().optional(),
  step: z.number().optional(),
});
export type FieldConfig = z.infer<typeof fieldConfigSchema>;

/** Panel → field. */
export type PanelToField = { type: 'set'; value: string } | { type: 'focus' } | { type: 'config'; placeholder: string; disabled: boolean };

/** Field → panel: only what the agent did (trusted events inside the frame). */
export const fieldToPanelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('input'), value: z.string().max(FIELD_MAX_LENGTH) }),
  z.object({ type: z.literal('enter'), value: z.string().max(FIELD_MAX_LENGTH) }),
  z.object({ type: z.literal('escape') }),
  /** ↑/↓ in the field, for a list the field searches (the phrase sidebar). */
  z.object({ type: z.literal('arrow'), direction: z.enum(['up', 'down']) }),
  /** Enter let go: an action that moves focus to the page (inserting into its reply box) waits for it, so the page never gets the key's keyup. */
  z.object({ type: z.literal('enterUp'), value: z.string().max(FIELD_MAX_LENGTH) }),
]);
export type FieldToPanel = z.infer<typeof fieldToPanelSchema>;

/** The field page's address: its shape in the query, the handshake token in the fragment (never sent anywhere). */
export function fieldQuery(config: FieldConfig): string {
  const params = new URLSearchParams({ type: config.type, max: String(config.maxLength), ph: config.placeholder, label: config.label });
  if (config.monospace) params.set('mono', '1');
  if (config.min !== undefined) params.set('min', String(config.min));
  if (config.step !== undefined) params.set('step', String(config.step));
  return `?${params}#${config.token}`;
}

/** The field page's reading of its own address (the inverse of `fieldQuery`); anything malformed falls back to a plain text field. */
export function readFieldQuery(search: string, hash: string): FieldConfig | undefined {
  const params = new URLSearchParams(search);
  const number = (key: string) => (params.has(key) ? Number(params.get(key)) : undefined);
  const parsed = fieldConfigSchema.safeParse({
    token: hash.replace(/^#/, ''),
    type: params.get('type') ?? undefined,
    maxLength: number('max'),
    placeholder: params.get('ph') ?? undefined,
    label: params.get('label') ?? undefined,
    monospace: params.get('mono') === '1',
    min: number('min'),
    step: number('step'),
  });
  return parsed.success ? parsed.data : undefined;
}
