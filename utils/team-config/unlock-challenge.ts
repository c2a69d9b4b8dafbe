import { fromBase64Url, toBase64Url } from './base64url';
import type { LeadKeyPair } from './signing';

/**
 * Unlocking the lead's view on an agent's PC with the lead's key instead of a typed secret: the PC shows a fresh
 * challenge, the lead's own dashboard signs it (with the team and an expiry), the PC checks the signature against the
 * pinned lead key. Nothing on the agent's PC can produce the answer, and an answer fits only its challenge.
 */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
export const ANSWER_VALID_MS = 10 * 60_000;

const message = (teamId: string, challenge: string, expiresAt: number) => new TextEncoder().encode(`kefu-assist/unlock:1:${teamId}:${challenge}:${expiresAt}`);

export const newChallenge = () => toBase64Url(crypto.getRandomValues(new Uint8Array(8)));

/** The lead's answer: `<expiry, base 36 minutes>.<signature>`. */
export async function answerChallenge(key: LeadKeyPair, teamId: string, challenge: string, now = Date.now()): Promise<string> {
  const expiresAt = Math.ceil((now + ANSWER_VALID_MS) / 60_000);
  const signature = await crypto.subtle.sign(SIGN, key.privateKey, message(teamId, challenge.trim(), expiresAt));
  return `${expiresAt.toString(36)}.${toBase64Url(signature)}`;
}

export async function checkAnswer(publicKey: string, teamId: string, challenge: string, answer: string, now = Date.now()): Promise<boolean> {
  const match = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{20,200})$/.exec(answer.replace(/\s+/g, ''));
  if (!match) return false;
  const expiresAt = Number.parseInt(match[1]!, 36);
  if (expiresAt * 60_000 < now || expiresAt * 60_000 > now + ANSWER_VALID_MS + 60_000) return false;
  try {
    const key = await crypto.subtle.importKey('raw', fromBase64Url(publicKey) as BufferSource, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(SIGN, key, fromBase64Url(match[2]!) as BufferSource, message(teamId, challenge, expiresAt));
  } catch {
    return false;
  }
}
