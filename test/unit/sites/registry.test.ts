import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from '@/utils/sites';

describe('adapter registry', () => {
  for (const adapter of ADAPTERS) {
    for (const example of adapter.examples) {
      it(`${example} is ${adapter.id} and no other page type`, () => {
        const url = new URL(example);
        const claimedBy = ADAPTERS.filter((a) => a.isPage(url)).map((a) => a.id);
        expect(claimedBy, 'Is this URL really this page type? If yes, fix the other predicates; if no, fix this one.').toEqual([adapter.id]);
        expect(adapterFor(url)).toBe(adapter);
      });
    }
  }

  it('ignores seller pages it has no adapter for', () => {
    expect(adapterFor(new URL('https://mms.pinduoduo.com/home/'))).toBeUndefined();
    expect(adapterFor(new URL('https://fxg.jinritemai.com/ffa/g/list'))).toBeUndefined();
  });

  it('every page kind match pattern covers its examples', () => {
    for (const adapter of ADAPTERS) {
      for (const example of adapter.examples) {
        const covered = adapter.matches.some((pattern) => new RegExp(`^${pattern.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(example));
        expect(covered, `${example} outside ${adapter.matches.join(', ')}`).toBe(true);
      }
    }
  });
});
