import { describe, expect, it } from 'vitest';
import { siteProfileSchema } from '@/utils/model/site-profile';
import { defineProfile } from '@/utils/sites/define-profile';
import { PROFILES, siteProfile } from '@/utils/sites/profiles';

describe('built-in profiles, checked on first read (define-profile.ts)', () => {
  // First, before anything reads the profiles: a lookup by id checks the one found and leaves the others unread.
  it('looking a site up reads only the profile found', () => {
    const unread = (id: string) =>
      typeof Object.getOwnPropertyDescriptor(
        PROFILES.find((p) => p.id === id),
        'origins',
      )?.get === 'function';
    expect(unread('pinduoduo') && unread('douyin')).toBe(true);
    expect(siteProfile('pinduoduo')?.name.en).toBe('Pinduoduo');
    expect(siteProfile('no-such-site')).toBeUndefined();
    expect([unread('pinduoduo'), unread('douyin')]).toEqual([false, true]);
  });

  for (const profile of PROFILES) {
    it(`${profile.id}: passes the schema, and its unchecked id and platform names are what the schema gives`, () => {
      const parsed = siteProfileSchema.parse(profile);
      expect(profile).toStrictEqual(parsed);
      expect(Object.keys(profile)).toEqual(Object.keys(siteProfileSchema.shape));
    });
  }

  it('a profile the schema rejects throws when read, not when defined', () => {
    const bad = defineProfile({ ...({} as Parameters<typeof defineProfile>[0]), id: 'bad-site', pages: [], kpiRules: [] });
    expect(bad.id).toBe('bad-site');
    expect(() => bad.origins).toThrow();
  });
});
