import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/utils/sites';
import { at, pageTest } from '@/utils/sites/page-pattern';

const kindOf = (href: string) => ADAPTERS.filter((a) => a.isPage(new URL(href))).map((a) => a.id);

describe('page kinds are their profile’s match patterns', () => {
  it('crosses origins with paths', () => {
    expect(at(['https://a.example', 'https://b.example'], ['/chat/*'])).toEqual(['https://a.example/chat/*', 'https://b.example/chat/*']);
  });

  it('tests host and path, never the query or the fragment', () => {
    const test = pageTest({ match: ['https://a.example/orders/list*'], exclude: [] });
    expect(test(new URL('https://a.example/orders/list?tab=1#x'))).toBe(true);
    expect(test(new URL('https://a.example/orders/detail?from=/orders/list'))).toBe(false);
    expect(test(new URL('https://b.a.example/orders/list'))).toBe(false);
    expect(test(new URL('http://a.example/orders/list'))).toBe(false);
  });

  it('keeps what `exclude` names out', () => {
    expect(kindOf('https://seller.shopee.co.id/portal/sale/order/toship')).toEqual(['shopee.orderList']);
    expect(kindOf('https://seller.shopee.co.id/portal/sale/order/2412345678')).toEqual([]);
  });

  it('reads no page outside the patterns on a site’s own hosts', () => {
    for (const href of [
      'https://mms.pinduoduo.com/goods/list',
      'https://im.jinritemai.com/login',
      'https://im.kwaixiaodian.com/settings',
      'https://merchant.wish.com/dashboard',
      'https://sellercentral.amazon.com/messaging/inbox',
      'https://fxg.jinritemai.com/ffa/mshop/homepage',
    ]) {
      expect(kindOf(href), href).toEqual([]);
    }
    expect(kindOf('https://im.kwaixiaodian.com/')).toEqual(['kuaishou.chat']);
  });

  it('injects every adapter where its page lives', () => {
    for (const adapter of ADAPTERS) {
      for (const example of adapter.examples) {
        expect(pageTest({ match: adapter.matches, exclude: [] })(new URL(example)), `${example} is outside ${adapter.id}'s injection patterns`).toBe(true);
      }
    }
  });
});
