import { z } from 'zod';
import { roleSchema } from './agent';
import { teamPolicySchema } from './team-policy';

/** A salted PBKDF2-SHA-256 hash of a secret (utils/lead/pin.ts makes and checks them). */
export const pinHashSchema = z.object({ salt: z.string().regex(/^[0-9a-f]{32}$/), hash: z.string().regex(/^[0-9a-f]{64}$/), iterations: z.number().int().min(10_000).max(10_000_000) });

/** A P-256 public key, raw (uncompressed point), base64url: 65 bytes → 87 characters. */
export const publicKeySchema = z.string().regex(/^[A-Za-z0-9_-]{87}$/, 'not a P-256 public key');
/** The first 16 hex digits of the SHA-256 of a raw public key: short enough to read out on the phone. */
export const keyIdSchema = z.string().regex(/^[0-9a-f]{16}$/);
export const teamIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{3,39}$/, 'team id: 4–40 lower-case letters, digits or -');
export const staffIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,16}$/);

/** One person on the lead's list: the 工号 and the role the lead gives it. */
export const rosterEntrySchema = z.object({ staffId: staffIdSchema, name: z.string().trim().min(1).max(40), role: roleSchema });
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/**
 * What a lead signs: the team, who is on it in which role, the secret that unlocks the lead's view on an agent's PC
 * (as a hash), and the team policy. `serial` grows with every config the lead issues, so an older file cannot be
 * replayed over a newer one.
 */
export const teamConfigSchema = z.object({
  format: z.literal('kefu-assist/team-config'),
  version: z.literal(1),
  teamId: teamIdSchema,
  teamName: z.string().trim().min(1).max(60),
  serial: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  issuedAt: z.string().max(40),
  roster: z.array(rosterEntrySchema).max(1000),
  leadUnlock: pinHashSchema.optional(),
  policy: teamPolicySchema,
});
export type TeamConfig = z.infer<typeof teamConfigSchema>;

/** The old key vouches for the new one: its signature over the new key's bytes (see rotationMessage). */
export const keyRotationSchema = z.object({ fromKeyId: keyIdSchema, toPublicKey: publicKeySchema, at: z.string().max(40), signature: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/) });
export type KeyRotation = z.infer<typeof keyRotationSchema>;

/**
 * The file a lead hands out: the config exactly as signed (a JSON string, so nothing has to be re-serialised the same
 * way to check it), the signing key, and the chain of rotations from older keys to it.
 */
export const signedTeamConfigSchema = z.object({
  format: z.literal('kefu-assist/signed-team-config'),
  version: z.literal(1),
  publicKey: publicKeySchema,
  rotations: z.array(keyRotationSchema).max(50).default([]),
  payload: z.string().max(20_000_000),
  signature: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/),
});
export type SignedTeamConfig = z.infer<typeof signedTeamConfigSchema>;
