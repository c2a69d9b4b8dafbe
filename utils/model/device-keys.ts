import { z } from 'zod';
import { publicKeyJwkSchema } from './checkpoint';

/**
 * A device a lead registered for the team log: its id, the public key its checkpoints must be signed with, and (on a
 * server that stamps the inserting user) the ClickHouse user its agent inserts as. Rows of a device not listed here,
 * or signed by another key, are reported and kept out of the team's KPIs.
 */
export const deviceKeySchema = z.object({
  deviceId: z.string().min(8).max(64),
  publicKey: publicKeyJwkSchema,
  /** The agent's 工号, for the lead's eyes. */
  staffId: z.string().max(40).optional(),
  /** The ClickHouse user that may insert this device's rows (`agent_user`, stamped by servers ≥ 23.11). */
  agentUser: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,64}$/)
    .optional(),
  registeredAt: z.number().int().nonnegative(),
});
export type DeviceKey = z.infer<typeof deviceKeySchema>;

export const deviceKeyListSchema = z.array(deviceKeySchema).max(5000);
