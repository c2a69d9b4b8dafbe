/**
 * The lead's PIN, kept only as a salted PBKDF2-SHA-256 hash (Web Crypto): rule changes need it. Anyone who can read
 * the browser's storage can guess against the hash offline, at the hash's cost a guess: a 4-digit PIN fell in
 * minutes, so a new PIN is at least 8 characters and costs 600,000 iterations (OWASP's figure for PBKDF2-SHA-256).
 * Older, shorter PINs still unlock (the lead is asked to change them). Comparing in full keeps the time independent.
 */
export interface PinHash {
  salt: string;
  hash: string;
  iterations: number;
}

export const MIN_PIN_LENGTH = 8;
const ITERATIONS = 600_000;
const hex = (bytes: ArrayBuffer | Uint8Array) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string) => new Uint8Array(text.match(/../g)?.map((h) => Number.parseInt(h, 16)) ?? []);

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin.normalize('NFKC')), 'PBKDF2', false, ['deriveBits']);
  return hex(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256));
}

export async function hashPin(pin: string, iterations = ITERATIONS): Promise<PinHash> {
  if (pin.length < MIN_PIN_LENGTH) throw new Error(`PIN: at least ${MIN_PIN_LENGTH} characters`);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: hex(salt), hash: await derive(pin, salt, iterations), iterations };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const candidate = await derive(pin, unhex(stored.salt), stored.iterations);
  let difference = candidate.length ^ stored.hash.length;
  for (let i = 0; i < candidate.length; i++) difference |= candidate.charCodeAt(i) ^ (stored.hash.charCodeAt(i) || 0);
  return difference === 0;
}
