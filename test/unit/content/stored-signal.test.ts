import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedSignal } from '@/utils/content/stored-signal';
import { lintPolicyStore } from '@/utils/storage';
import { DEFAULT_LINT_POLICY } from '@/utils/send-guard/default-policy';

beforeEach(() => fakeBrowser.reset());
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('storedSignal: a stored value mirrored once per page', () => {
  it('starts at the fallback, takes the stored value and every change, and shares one follow between features', async () => {
    let follows = 0;
    const counted = { ...lintPolicyStore, follow: (onValue: Parameters<typeof lintPolicyStore.follow>[0]) => (follows++, lintPolicyStore.follow(onValue)) };
    const guard = storedSignal(counted);
    const unguarded = storedSignal(counted);
    expect(follows).toBe(1);
    expect(guard.value).toBe(unguarded.value);
    await settle();
    expect(guard.value.value).toEqual(DEFAULT_LINT_POLICY);
    const banned = { ...DEFAULT_LINT_POLICY, ordinaryWords: ['拼夕夕'] };
    await lintPolicyStore.save(banned);
    await settle();
    expect(unguarded.value.value.ordinaryWords).toEqual(['拼夕夕']);
    // One feature stopping leaves the other's mirror live; the last one unwatches, and a new page follows afresh.
    guard.release();
    guard.release();
    await lintPolicyStore.save({ ...banned, ordinaryWords: ['拼夕夕', '某宝'] });
    await settle();
    expect(unguarded.value.value.ordinaryWords).toEqual(['拼夕夕', '某宝']);
    const last = unguarded.value;
    unguarded.release();
    await lintPolicyStore.save(DEFAULT_LINT_POLICY);
    await settle();
    expect(last.value.ordinaryWords).toEqual(['拼夕夕', '某宝']);
    const next = storedSignal(counted);
    expect(follows).toBe(2);
    await settle();
    expect(next.value.value).toEqual(DEFAULT_LINT_POLICY);
    next.release();
  });
});
