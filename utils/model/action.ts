import { z } from 'zod';
import { actionKindSchema, actionPayloads, type ActionKind, type ActionPayload } from './action-kinds';
import { agentSchema } from './agent';
import { buyerRefSchema, pageBuyerSchema } from './buyer';
import { siteIdSchema } from './site';
import { clipToSchema } from './clip';

/** Times a log row may carry: 2020-01-01 to 2100-01-01 (anything else is a broken clock or a forged file). */
export const epochMsSchema = z
  .number()
  .int()
  .min(Date.UTC(2020, 0, 1))
  .max(Date.UTC(2100, 0, 1));

/** Fields cut to the schema's limits where the action was made (`buyer.displayName`, `payload.note`). */
const clippedSchema = z.array(z.string().max(120)).max(20).optional();

/** What an action says of itself, from its draft to its stored row; the buyer is the page's reading in a draft and a reference in a row. */
const actionFields = <Buyer extends z.ZodType>(buyer: Buyer) => ({
  at: epochMsSchema,
  kind: actionKindSchema,
  payload: z.unknown(),
  site: siteIdSchema.optional(),
  pageUrl: z.string().max(500).optional(),
  buyer: buyer.optional(),
  orderNo: z.string().max(40).optional(),
  clipped: clippedSchema,
});

/** What a content script or extension page hands to the background: one thing that happened. */
export const actionDraftBaseSchema = z.object({
  /** Random id made where the action happened; the background writes each id once, so retries are safe. */
  id: z.uuid(),
  ...actionFields(pageBuyerSchema),
  /**
   * Who was logged in where and when the action happened (the page's snapshot of the settings), so a draft delivered
   * after a shift change is still the previous agent's. Absent in drafts an older build left in an outbox.
   */
  agent: agentSchema.optional(),
});
/** Each kind's payload schema made strict once (making one per row cost an import of a million rows a minute). */
const strictPayloads = new Map<ActionKind, z.ZodType>();
const strictPayload = (kind: ActionKind): z.ZodType => {
  let schema = strictPayloads.get(kind);
  if (!schema) strictPayloads.set(kind, (schema = (actionPayloads[kind] as unknown as z.ZodObject).strict()));
  return schema;
};

/** Checks a row's payload against its kind's schema (strict: no keys the kind does not define, as in a file). */
function checkPayload(row: { kind: ActionKind; payload: unknown }, ctx: z.RefinementCtx, strict = false): void {
  const parsed = (strict ? strictPayload(row.kind) : (actionPayloads[row.kind] as z.ZodType)).safeParse(row.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    ctx.addIssue({ code: 'custom', path: ['payload', ...(issue?.path ?? [])] as PropertyKey[], message: `payload of ${row.kind}: ${issue?.message ?? 'invalid'}` });
  }
}

export const actionDraftSchema = actionDraftBaseSchema.superRefine((draft, ctx) => checkPayload(draft, ctx));
export type ActionDraft = z.infer<typeof actionDraftSchema>;

/** A stored row of the append-only log. `hash` chains each device's rows in `seq` order. */
const actionRowSchema = z.object({
  id: z.uuid(),
  deviceId: z.string().min(8).max(64),
  seq: z.number().int().nonnegative(),
  ...actionFields(buyerRefSchema),
  agent: agentSchema.optional(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export const actionSchema = actionRowSchema.superRefine((row, ctx) => checkPayload(row, ctx));
/** A row as a file brings it: no field and no payload key the schema does not define (they would escape the hash check). */
export const importedActionSchema = actionRowSchema.strict().superRefine((row, ctx) => checkPayload(row, ctx, true));
export type Action = z.infer<typeof actionSchema>;

/**
 * A draft cut to the schema's limits (payload by its kind's schema, then the rest), with what was cut named in
 * `clipped`; undefined when it is wrong in a way clipping cannot mend (the background then quarantines it).
 */
export function clipDraft(draft: ActionDraft): ActionDraft | undefined {
  const payloadSchema = actionPayloads[draft.kind as ActionKind];
  const payload = payloadSchema ? clipToSchema(draft.payload, payloadSchema as z.ZodType<unknown>) : undefined;
  if (!payload) return undefined;
  const rest = clipToSchema({ ...draft, payload: payload.value }, actionDraftBaseSchema);
  if (!rest) return undefined;
  const clipped = [...payload.clipped.map((p) => `payload.${p}`), ...rest.clipped].filter((p) => p !== 'clipped');
  if (clipped.length === 0) return rest.value;
  return { ...rest.value, clipped: [...new Set([...(draft.clipped ?? []), ...clipped])].slice(0, 20).map((p) => p.slice(0, 120)) };
}

export function makeDraft<K extends ActionKind>(kind: K, payload: ActionPayload<K>, context: Omit<ActionDraft, 'id' | 'at' | 'kind' | 'payload'> = {}): ActionDraft {
  return { id: crypto.randomUUID(), at: Date.now(), kind, payload, ...context };
}
