import { z } from 'zod';
import { keyRotationSchema, pinHashSchema, publicKeySchema, rosterEntrySchema, staffIdSchema, teamIdSchema } from '../model';
import { storedItem } from './stored-item';

/**
 * Which team this browser joined, and what of the lead's signed config it holds: the pinned lead key, the newest
 * serial accepted (a config must be newer), the roster (whose role comes from it) and the lead's unlock secret as a
 * hash. `null`: this browser joined no team ("solo").
 */
export const membershipSchema = z.object({
  teamId: teamIdSchema,
  teamName: z.string().max(60).default(''),
  publicKey: publicKeySchema,
  serial: z.number().int().min(0),
  /** This browser's person on the roster; unset until a per-person code or the agent's choice names them. */
  staffId: staffIdSchema.optional(),
  roster: z.array(rosterEntrySchema).max(1000).default([]),
  leadUnlock: pinHashSchema.optional(),
  joinedVia: z.enum(['code', 'managed']),
  joinedAt: z.string().max(40),
});
export type Membership = z.infer<typeof membershipSchema>;

export const teamMembershipStore = storedItem({ key: 'local:teamMembership', schema: membershipSchema.nullable(), fallback: null, version: 1 });

/**
 * The team a lead runs from this browser: its id and name, the roster the lead keeps, the last serial issued, the
 * rotations from earlier keys to the current one (agents follow them), and the team unlock secret's hash. The private
 * key itself is not here: it is a non-extractable CryptoKey in IndexedDB (utils/lead/lead-key-store.ts).
 */
export const leadTeamSchema = z.object({
  teamId: teamIdSchema,
  teamName: z.string().trim().min(1).max(60),
  serial: z.number().int().min(0),
  roster: z.array(rosterEntrySchema).max(1000).default([]),
  rotations: z.array(keyRotationSchema).max(50).default([]),
  publicKey: publicKeySchema,
  leadUnlock: pinHashSchema.optional(),
});
export type LeadTeam = z.infer<typeof leadTeamSchema>;

export const leadTeamStore = storedItem({ key: 'local:leadTeam', schema: leadTeamSchema.nullable(), fallback: null, version: 1 });
