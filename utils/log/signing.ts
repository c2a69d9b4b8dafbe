import { canonicalJson } from './canonical-json';

/** ECDSA P-256 with SHA-256: in every browser's WebCrypto, and small signatures. */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface PublicKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/** A signing key whose private half can never be read out (only used, by this extension). */
export async function generateDeviceKey(): Promise<{ privateKey: CryptoKey; publicKey: PublicKeyJwk }> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateKey: pair.privateKey, publicKey: { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! } };
}

const bytes = (value: unknown) => new TextEncoder().encode(canonicalJson(value));
const toBase64 = (buffer: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function signValue(privateKey: CryptoKey, value: unknown): Promise<string> {
  return toBase64(await crypto.subtle.sign(SIGN, privateKey, bytes(value)));
}

export async function verifyValue(publicKey: PublicKeyJwk, value: unknown, signature: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('jwk', { ...publicKey, ext: true }, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(SIGN, key, fromBase64(signature), bytes(value));
  } catch {
    return false;
  }
}

/** A short, stable name for a public key (the lead compares these). */
export function keyFingerprint(publicKey: PublicKeyJwk): string {
  return `${publicKey.x.slice(0, 8)}…${publicKey.y.slice(-8)}`;
}

export const sameKey = (a: PublicKeyJwk, b: PublicKeyJwk) => a.x === b.x && a.y === b.y && a.crv === b.crv;
