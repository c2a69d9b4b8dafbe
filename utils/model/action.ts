import { z } from 'zod';
import { actionKindSchema, actionPayloads, type ActionKind, type ActionPayload } from './action-kinds';
import { agentSchema } from './agent';
import { buyerRefSchema, pageBuyerSchema } from './buyer';
import { siteIdSchema } from './site';
import { clipToSchema } from './clip';

/** Fields cut to the schema's limits where the action was made (`buyer.displayName`, `payload.note`). */
const clippedSchema = z.array(z.string().max(120)).max(20).optional();

/** What a content script or extension page hands to the background: one thing that happened. */
export const actionDraftBaseSchema = z.object({
  /** Random id made where the action happened; the background writes each id once, so retries are safe. */
  id: z.uuid(),
  at: z.number().int().positive(),
  kind: actionKindSchema,
  payload: z.unknown(),
  site: siteIdSchema.optional(),
  pageUrl: z.string().max(500).optional(),
  buyer: pageBuyerSchema.optional(),
  orderNo: z.string().max(40).optional(),
  clipped: clippedSchema,
});
export const actionDraftSchema = actionDraftBaseSchema.superRefine((draft, ctx) => {
  const parsed = actionPayloads[draft.kind].safeParse(draft.payload);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', path: ['payload'], message: `payload of ${draft.kind}: ${parsed.error.message}` });
  }
});
export type ActionDraft = z.infer<typeof actionDraftSchema>;

/** A stored row of the append-only log. `hash` chains each device's rows in `seq` order. */
export const actionSchema = z.object({
  id: z.uuid(),
  deviceId: z.string().min(8).max(64),
  seq: z.number().int().nonnegative(),
  at: z.number().int().positive(),
  kind: actionKindSchema,
  payload: z.unknown(),
  agent: agentSchema.optional(),
  site: siteIdSchema.optional(),
  pageUrl: z.string().max(500).optional(),
  buyer: buyerRefSchema.optional(),
  orderNo: z.string().max(40).optional(),
  clipped: clippedSchema,
  prevHash: z.string(),
  hash: z.string(),
});
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
