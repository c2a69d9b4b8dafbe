import { afterEach, describe, expect, it } from 'vitest';
import { withinWorkingHours } from '@/utils/customer/waiting';
import { siteTimeZone } from '@/utils/sites';

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('service hours are the market’s', () => {
  const hours = { from: 9, to: 18 };
  const jakarta = siteTimeZone('shopee', 'https://seller.shopee.co.id/new-webchat/conversations');
  // 08:30 in Jakarta is 09:30 in Beijing; 17:30 in Jakarta is 18:30 in Beijing.
  const beforeOpening = Date.UTC(2026, 11, 2, 1, 30);
  const lastHalfHour = Date.UTC(2026, 11, 2, 10, 30);

  it.each(['Asia/Shanghai', 'UTC', 'America/Los_Angeles'])('a Shopee Indonesia shop whose browser runs on %s: Jakarta time decides', (browserZone) => {
    process.env.TZ = browserZone;
    expect(jakarta).toBe('Asia/Jakarta');
    expect(withinWorkingHours(beforeOpening, hours, jakarta)).toBe(false);
    expect(withinWorkingHours(lastHalfHour, hours, jakarta)).toBe(true);
  });

  it('a browser on China time would have said the opposite at both moments (the bug)', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(new Date(beforeOpening).getHours()).toBe(9);
    expect(new Date(lastHalfHour).getHours()).toBe(18);
  });

  it('a domestic shop is on China time, whatever the browser says', () => {
    process.env.TZ = 'Europe/London';
    const zone = siteTimeZone('pinduoduo', 'https://mms.pinduoduo.com/chat-merchant/index.html');
    expect(zone).toBe('Asia/Shanghai');
    expect(withinWorkingHours(Date.UTC(2026, 11, 2, 0, 59), hours, zone)).toBe(false);
    expect(withinWorkingHours(Date.UTC(2026, 11, 2, 1, 0), hours, zone)).toBe(true);
    expect(withinWorkingHours(Date.UTC(2026, 11, 2, 1, 0), { from: 0, to: 24 })).toBe(true);
  });
});
