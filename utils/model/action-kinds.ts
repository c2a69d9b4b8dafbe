import { z } from 'zod';
import { cannotReadReasonSchema } from './snapshot';
import { pageKindSchema } from './site';

/**
 * The closed set of things the log records, each with the payload it carries.
 * Adding a kind is adding a line here; everything else (drafts, stored rows, exports) derives from it.
 */
export const actionPayloads = {
  'panel.opened': z.object({ pageKind: pageKindSchema, adapterId: z.string() }),
  'panel.toggled': z.object({ collapsed: z.boolean() }),
  'adapter.miss': z.object({ adapterId: z.string(), reason: cannotReadReasonSchema, detail: z.string().max(200).optional() }),
  'settings.saved': z.object({ changed: z.array(z.string().max(40)).max(20) }),
  'message.rejected': z.object({ type: z.string().max(80), error: z.string().max(300) }),
} as const;

export type ActionKind = keyof typeof actionPayloads;
export const ACTION_KINDS = Object.keys(actionPayloads) as ActionKind[];
export const actionKindSchema = z.enum(ACTION_KINDS as [ActionKind, ...ActionKind[]]);
export type ActionPayload<K extends ActionKind> = z.infer<(typeof actionPayloads)[K]>;
