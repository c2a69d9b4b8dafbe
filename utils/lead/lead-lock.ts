import { signal } from '@preact/signals-react';
import { z } from 'zod';
import { storedItem } from '../storage/stored-item';
import { hashPin, verifyPin, type PinHash } from './pin';

const pinHashSchema = z.object({ salt: z.string().regex(/^[0-9a-f]{32}$/), hash: z.string().regex(/^[0-9a-f]{64}$/), iterations: z.number().int().min(10_000).max(10_000_000) });

/** The lead PIN's hash; `null` until a lead sets one on first lead use. */
export const leadLockStore = storedItem({ key: 'local:leadLock', schema: z.object({ pin: pinHashSchema.nullable() }), fallback: { pin: null }, version: 1 });

/** Unlocked on this page (a dashboard or popup) by the PIN; gone when the page closes. */
export const leadUnlocked = signal(false);

export type LockState = 'no-pin' | 'locked' | 'unlocked';

export async function lockState(): Promise<LockState> {
  const { pin } = await leadLockStore.load();
  return !pin ? 'no-pin' : leadUnlocked.value ? 'unlocked' : 'locked';
}

/** Sets the PIN (first lead use) and unlocks this page. Refuses when one exists: changing it needs the old one. */
export async function setLeadPin(pin: string, oldPin?: string): Promise<boolean> {
  const { pin: current } = await leadLockStore.load();
  if (current && !(oldPin !== undefined && (await verifyPin(oldPin, current)))) return false;
  await leadLockStore.save({ pin: await hashPin(pin) });
  leadUnlocked.value = true;
  return true;
}

/** True when the PIN is right (this page is then unlocked); a wrong PIN locks it. */
export async function unlockWithPin(pin: string): Promise<boolean> {
  const { pin: stored } = await leadLockStore.load();
  const ok = !!stored && (await verifyPin(pin, stored as PinHash));
  leadUnlocked.value = ok;
  return ok;
}
