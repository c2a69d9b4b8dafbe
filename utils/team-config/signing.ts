import { signedTeamConfigSchema, teamConfigSchema, type KeyRotation, type SignedTeamConfig, type TeamConfig } from '../model/team-config';
import { fromBase64Url, toBase64Url } from './base64url';

/**
 * The lead's signature on a team config (ECDSA P-256 / SHA-256, Web Crypto). The lead's private key is made
 * non-extractable and never leaves the lead's browser; agents pin the public key when they join and accept a config
 * only when it is signed by that key (or by a key the pinned one vouched for), and only when its serial is newer.
 */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const encode = (text: string) => new TextEncoder().encode(text);

export interface LeadKeyPair {
  privateKey: CryptoKey;
  /** Raw public key, base64url. */
  publicKey: string;
  keyId: string;
}

export async function generateLeadKey(): Promise<LeadKeyPair> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
  const publicKey = toBase64Url(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey, keyId: await keyIdOf(publicKey) };
}

export async function keyIdOf(publicKey: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64Url(publicKey) as BufferSource));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function verifyWith(publicKey: string, signature: string, message: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', fromBase64Url(publicKey) as BufferSource, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(SIGN, key, fromBase64Url(signature) as BufferSource, encode(message));
  } catch {
    return false; // not a point on the curve, not base64url: not a valid signature either
  }
}

const sign = async (privateKey: CryptoKey, message: string) => toBase64Url(await crypto.subtle.sign(SIGN, privateKey, encode(message)));

/** What the old key signs when it hands over to a new one (prefixed so no config payload can be read as one). */
const rotationMessage = (toPublicKey: string) => `kefu-assist/key-rotation:1:${toPublicKey}`;

/** The old key vouches for the new one. Agents that pinned the old key follow the chain to the new. */
export async function rotateLeadKey(old: LeadKeyPair, next: LeadKeyPair, now = new Date()): Promise<KeyRotation> {
  return { fromKeyId: old.keyId, toPublicKey: next.publicKey, at: now.toISOString(), signature: await sign(old.privateKey, rotationMessage(next.publicKey)) };
}

/** Signs a config (checked whole first) with the lead's current key; `rotations` lead from earlier keys to it. */
export async function signTeamConfig(config: TeamConfig, key: LeadKeyPair, rotations: KeyRotation[] = []): Promise<SignedTeamConfig> {
  const payload = JSON.stringify(teamConfigSchema.parse(config));
  return { format: 'kefu-assist/signed-team-config', version: 1, publicKey: key.publicKey, rotations, payload, signature: await sign(key.privateKey, payload) };
}

export function serializeSignedTeamConfig(signed: SignedTeamConfig): string {
  return `${JSON.stringify(signed, null, 2)}\n`;
}

/** What this browser trusts: the lead key it pinned, the team, and the newest serial it accepted (0 before any). */
export interface TrustPin {
  publicKey: string;
  teamId: string;
  serial: number;
}

export type ConfigRefusal =
  | { reason: 'not-json' | 'unsigned' | 'tampered' | 'wrong-key' | 'bad-rotation'; detail?: string }
  | { reason: 'invalid'; detail: string }
  | { reason: 'other-team'; detail: string }
  | { reason: 'replayed'; serial: number; have: number };

export type ConfigCheck = { ok: true; config: TeamConfig; publicKey: string; rotated: boolean } | ({ ok: false } & ConfigRefusal);

/**
 * Checks a team config file against what this browser pinned. Accepted only when the signature is the pinned key's
 * (or the end of a rotation chain that starts at it), the payload is a valid config for the pinned team, and its
 * serial is higher than the last one accepted. `publicKey` is the key to pin from now on.
 */
export async function verifyTeamConfig(text: string, pin: TrustPin): Promise<ConfigCheck> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: 'not-json', detail: (e as Error).message };
  }
  const envelope = signedTeamConfigSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: 'unsigned', detail: envelope.error.issues[0]?.message };
  const signed = envelope.data;

  let trusted = pin.publicKey;
  for (const rotation of signed.rotations) {
    if (rotation.fromKeyId !== (await keyIdOf(trusted))) continue; // a link before the key this browser pinned
    if (!(await verifyWith(trusted, rotation.signature, rotationMessage(rotation.toPublicKey)))) return { ok: false, reason: 'bad-rotation', detail: rotation.fromKeyId };
    trusted = rotation.toPublicKey;
  }
  if (signed.publicKey !== trusted) return { ok: false, reason: 'wrong-key', detail: await keyIdOf(signed.publicKey).catch(() => '?') };
  if (!(await verifyWith(trusted, signed.signature, signed.payload))) return { ok: false, reason: 'tampered' };

  let payload: unknown;
  try {
    payload = JSON.parse(signed.payload);
  } catch (e) {
    return { ok: false, reason: 'invalid', detail: (e as Error).message };
  }
  const config = teamConfigSchema.safeParse(payload);
  if (!config.success) {
    const issue = config.error.issues[0];
    return { ok: false, reason: 'invalid', detail: `${issue?.path.join('.') || '(config)'}: ${issue?.message}` };
  }
  if (config.data.teamId !== pin.teamId) return { ok: false, reason: 'other-team', detail: config.data.teamId };
  if (config.data.serial <= pin.serial) return { ok: false, reason: 'replayed', serial: config.data.serial, have: pin.serial };
  return { ok: true, config: config.data, publicKey: trusted, rotated: trusted !== pin.publicKey };
}
