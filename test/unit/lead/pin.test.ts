import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashPin, verifyPin } from '@/utils/lead/pin';

beforeEach(() => fakeBrowser.reset());

describe('the lead PIN', () => {
  it('is stored as a salted hash that verifies the PIN and nothing else', async () => {
    const stored = await hashPin('4821', 20_000);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('4821');
    expect(await verifyPin('4821', stored)).toBe(true);
    expect(await verifyPin('4822', stored)).toBe(false);
    expect((await hashPin('4821', 20_000)).hash).not.toBe(stored.hash); // a fresh salt each time
    await expect(hashPin('12')).rejects.toThrow();
  });

  it('is set once; changing it needs the old one; the page unlocks only with the right PIN', async () => {
    const lock = await import('@/utils/lead/lead-lock');
    expect(await lock.lockState()).toBe('no-pin');
    expect(await lock.setLeadPin('4821')).toBe(true);
    expect(await lock.lockState()).toBe('unlocked');
    lock.leadUnlocked.value = false;
    expect(await lock.lockState()).toBe('locked');
    expect(await lock.setLeadPin('0000')).toBe(false);
    expect(await lock.unlockWithPin('0000')).toBe(false);
    expect(await lock.unlockWithPin('4821')).toBe(true);
    expect(await lock.setLeadPin('9999', '4821')).toBe(true);
  });
});
