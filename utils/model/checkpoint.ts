import { z } from 'zod';
import { epochMsSchema } from './action';

export const publicKeyJwkSchema = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string().regex(/^[A-Za-z0-9_-]{43}$/), y: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }).strict();

/** What a device signs: its chain's head at a moment (the hash chains every row before it). */
export const chainHeadSchema = z.object({ deviceId: z.string().min(8).max(64), seq: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/), signedAt: epochMsSchema }).strict();
export type ChainHead = z.infer<typeof chainHeadSchema>;

/** A signed checkpoint, one line of an NDJSON export after the rows it covers. */
export const checkpointSchema = z.object({ checkpoint: chainHeadSchema, publicKey: publicKeyJwkSchema, signature: z.string().min(40).max(200) }).strict();
export type Checkpoint = z.infer<typeof checkpointSchema>;
