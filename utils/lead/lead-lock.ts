import { signal } from '@preact/signals-react';
import { z } from 'zod';
import { pinHashSchema } from '../model/team-config';
import { storedItem } from '../storage/stored-item';
import { teamMembershipStore } from '../storage/team-membership';
import { checkAnswer } from '../team-config/unlock-challenge';
import { afterFailure, NO_ATTEMPTS, triesLeft, waitLeft } from './attempts';
import { hashPin, MIN_PIN_LENGTH, verifyPin, type PinHash } from './pin';

/** A solo browser's (or the lead's own browser's) PIN hash; `null` until set. A team member's comes from the lead's config. */
export const leadLockStore = storedItem({ key: 'local:leadLock', schema: z.object({ pin: pinHashSchema.nullable() }), fallback: { pin: null }, version: 1 });

/** Wrong unlock tries in a row on this browser (attempts.ts). */
export const unlockAttemptsStore = storedItem({
  key: 'local:leadUnlockAttempts',
  schema: z.object({ failures: z.number().int().min(0), lockedUntil: z.number().int().min(0) }),
  fallback: NO_ATTEMPTS,
  version: 1,
});

/** Unlocked on this page (a dashboard or popup) by the PIN; gone when the page closes. */
export const leadUnlocked = signal(false);

export type LockState = 'no-pin' | 'locked' | 'unlocked';

/** The secret that unlocks this browser: the team's (from the lead's signed config) once it joined, else its own. */
async function unlockHash(): Promise<{ hash: PinHash | null; team: boolean }> {
  const membership = await teamMembershipStore.load();
  if (membership) return { hash: membership.leadUnlock ?? null, team: true };
  return { hash: (await leadLockStore.load()).pin, team: false };
}

export async function lockState(): Promise<LockState> {
  const { hash } = await unlockHash();
  return !hash ? 'no-pin' : leadUnlocked.value ? 'unlocked' : 'locked';
}

/**
 * Sets this browser's own PIN (at least MIN_PIN_LENGTH) and unlocks the page. Refused in a browser that joined a team
 * (the unlock secret is the lead's, from the signed config) and when one exists without the old one.
 */
export async function setLeadPin(pin: string, oldPin?: string): Promise<boolean> {
  if ((await teamMembershipStore.load()) || pin.length < MIN_PIN_LENGTH) return false;
  const { pin: current } = await leadLockStore.load();
  if (current && !(oldPin !== undefined && (await verifyPin(oldPin, current)))) return false;
  await leadLockStore.save({ pin: await hashPin(pin) });
  leadUnlocked.value = true;
  return true;
}

export type UnlockResult = { ok: true } | { ok: false; reason: 'wrong'; triesLeft: number } | { ok: false; reason: 'wait'; waitMs: number } | { ok: false; reason: 'no-pin' };

/**
 * Checks the PIN (or team secret), within the attempt limit: after five wrong tries each further try waits longer.
 * Right: this page is unlocked and the count starts again. Wrong: the page stays locked.
 */
export async function unlock(pin: string, now = Date.now()): Promise<UnlockResult> {
  const attempts = await unlockAttemptsStore.load();
  const wait = waitLeft(attempts, now);
  if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
  const { hash } = await unlockHash();
  if (!hash) return { ok: false, reason: 'no-pin' };
  const ok = await verifyPin(pin, hash);
  leadUnlocked.value = ok;
  if (ok) {
    if (attempts.failures) await unlockAttemptsStore.save(NO_ATTEMPTS);
    return { ok: true };
  }
  const next = afterFailure(attempts, now);
  await unlockAttemptsStore.save(next);
  return next.lockedUntil > now ? { ok: false, reason: 'wait', waitMs: next.lockedUntil - now } : { ok: false, reason: 'wrong', triesLeft: triesLeft(next) };
}

/** True when the PIN is right (this page is then unlocked); a wrong PIN locks it. */
export async function unlockWithPin(pin: string): Promise<boolean> {
  return (await unlock(pin)).ok;
}

/** Unlocks a team member's page with the lead's signed answer to the challenge this page showed (unlock-challenge.ts). */
export async function unlockWithLeadKey(challenge: string, answer: string, now = Date.now()): Promise<boolean> {
  const membership = await teamMembershipStore.load();
  const valid = !!membership && (await checkAnswer(membership.publicKey, membership.teamId, challenge, answer, now));
  leadUnlocked.value = valid;
  return valid;
}
