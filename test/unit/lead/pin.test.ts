import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterFailure, NO_ATTEMPTS, triesLeft, waitLeft } from '@/utils/lead/attempts';
import { hashPin, verifyPin } from '@/utils/lead/pin';
import { answerChallenge, checkAnswer, newChallenge } from '@/utils/team-config/unlock-challenge';
import { generateLeadKey } from '@/utils/team-config/signing';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('the lead PIN', () => {
  it('is stored as a salted hash that verifies the PIN and nothing else', async () => {
    const stored = await hashPin('4821-kefu', 20_000);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('4821');
    expect(await verifyPin('4821-kefu', stored)).toBe(true);
    expect(await verifyPin('4821-kefv', stored)).toBe(false);
    expect((await hashPin('4821-kefu', 20_000)).hash).not.toBe(stored.hash); // a fresh salt each time
    await expect(hashPin('4821')).rejects.toThrow(); // 4 digits fell to an offline search in minutes
    expect((await hashPin('a-longer-pin')).iterations).toBe(600_000);
  });

  it('is set once (8 characters or more); changing it needs the old one; the page unlocks only with the right PIN', async () => {
    const lock = await import('@/utils/lead/lead-lock');
    expect(await lock.lockState()).toBe('no-pin');
    expect(await lock.setLeadPin('4821')).toBe(false);
    expect(await lock.setLeadPin('4821-kefu')).toBe(true);
    expect(await lock.lockState()).toBe('unlocked');
    lock.leadUnlocked.value = false;
    expect(await lock.lockState()).toBe('locked');
    expect(await lock.setLeadPin('00000000')).toBe(false);
    expect(await lock.unlockWithPin('00000000')).toBe(false);
    expect(await lock.unlockWithPin('4821-kefu')).toBe(true);
    expect(await lock.setLeadPin('9999-kefu', '4821-kefu')).toBe(true);
  }, 60_000);

  it('refuses guesses after five wrong tries, each further one waits twice as long, and the right PIN resets the count', async () => {
    const lock = await import('@/utils/lead/lead-lock');
    await lock.setLeadPin('4821-kefu');
    lock.leadUnlocked.value = false;
    const t0 = 1_000_000_000_000;
    for (let i = 0; i < 4; i++) expect(await lock.unlock(`wrong-${i}-pin`, t0)).toEqual({ ok: false, reason: 'wrong', triesLeft: 4 - i });
    expect(await lock.unlock('wrong-5-pin', t0)).toEqual({ ok: false, reason: 'wait', waitMs: 60_000 });
    // While waiting, even the right PIN is not checked.
    expect(await lock.unlock('4821-kefu', t0 + 30_000)).toEqual({ ok: false, reason: 'wait', waitMs: 30_000 });
    expect(lock.leadUnlocked.value).toBe(false);
    expect(await lock.unlock('wrong-6-pin', t0 + 61_000)).toEqual({ ok: false, reason: 'wait', waitMs: 120_000 });
    expect(await lock.unlock('4821-kefu', t0 + 182_000)).toEqual({ ok: true });
    expect(await lock.unlock('wrong-7-pin', t0 + 183_000)).toEqual({ ok: false, reason: 'wrong', triesLeft: 4 });
  }, 60_000);

  it('in a browser that joined a team: no PIN of its own, the lead’s team secret unlocks, and so does the lead key’s answer', async () => {
    const lead = await generateLeadKey();
    const { teamMembershipStore } = await import('@/utils/storage/team-membership');
    const lock = await import('@/utils/lead/lead-lock');
    await teamMembershipStore.save({
      teamId: 'xianguo-shop',
      teamName: '鲜果',
      publicKey: lead.publicKey,
      serial: 3,
      roster: [],
      joinedVia: 'code',
      joinedAt: '2026-12-03T10:00:00Z',
      leadUnlock: await hashPin('correct horse battery', 20_000),
    });
    expect(await lock.lockState()).toBe('locked');
    expect(await lock.setLeadPin('trainee-own-pin')).toBe(false);
    expect(await lock.unlockWithPin('trainee-own-pin')).toBe(false);
    expect(await lock.unlockWithPin('correct horse battery')).toBe(true);
    lock.leadUnlocked.value = false;
    const challenge = newChallenge();
    const answer = await answerChallenge(lead, 'xianguo-shop', challenge);
    expect(await lock.unlockWithLeadKey(newChallenge(), answer)).toBe(false); // another page's challenge
    expect(await lock.unlockWithLeadKey(challenge, answer)).toBe(true);
  });
});

describe('the attempt limit and the lead-key answer, as pure functions', () => {
  it('waits from one minute up to an hour', () => {
    let a = NO_ATTEMPTS;
    for (let i = 0; i < 20; i++) a = afterFailure(a, 0);
    expect(waitLeft(a, 0)).toBe(3_600_000);
    expect(triesLeft(a)).toBe(0);
  });

  it('an answer fits its challenge, team and key, and only until it expires', async () => {
    const lead = await generateLeadKey();
    const other = await generateLeadKey();
    const now = Date.UTC(2026, 11, 3, 12);
    const answer = await answerChallenge(lead, 'xianguo-shop', 'abcDEF123_-', now);
    expect(await checkAnswer(lead.publicKey, 'xianguo-shop', 'abcDEF123_-', answer, now + 60_000)).toBe(true);
    expect(await checkAnswer(lead.publicKey, 'xianguo-shop', 'abcDEF123_-', answer, now + 12 * 60_000)).toBe(false);
    expect(await checkAnswer(lead.publicKey, 'other-shop', 'abcDEF123_-', answer, now)).toBe(false);
    expect(await checkAnswer(other.publicKey, 'xianguo-shop', 'abcDEF123_-', answer, now)).toBe(false);
    const [, sig] = answer.split('.');
    expect(await checkAnswer(lead.publicKey, 'xianguo-shop', 'abcDEF123_-', `${(Math.ceil(now / 60_000) + 9000).toString(36)}.${sig}`, now)).toBe(false);
  });
});
