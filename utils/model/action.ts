import { z } from 'zod';
import { actionKindSchema, actionPayloads, type ActionKind, type ActionPayload } from './action-kinds';
import { agentSchema } from './agent';
import { buyerRefSchema, pageBuyerSchema } from './buyer';
import { siteIdSchema } from './site';

/** What a content script or extension page hands to the background: one thing that happened. */
export const actionDraftSchema = z
  .object({
    /** Random id made where the action happened; the background writes each id once, so retries are safe. */
    id: z.uuid(),
    at: z.number().int().positive(),
    kind: actionKindSchema,
    payload: z.unknown(),
    site: siteIdSchema.optional(),
    pageUrl: z.string().max(500).optional(),
    buyer: pageBuyerSchema.optional(),
    orderNo: z.string().max(40).optional(),
  })
  .superRefine((draft, ctx) => {
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
  prevHash: z.string(),
  hash: z.string(),
});
export type Action = z.infer<typeof actionSchema>;

export function makeDraft<K extends ActionKind>(kind: K, payload: ActionPayload<K>, context: Omit<ActionDraft, 'id' | 'at' | 'kind' | 'payload'> = {}): ActionDraft {
  return { id: crypto.randomUUID(), at: Date.now(), kind, payload, ...context };
}
