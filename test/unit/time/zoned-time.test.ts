import { describe, expect, it } from 'vitest';
import { chinaDayNumber } from '@/utils/time/china-time';
import { isTimeZone, zonedDayNumber, zonedHour, zonedWallTime, zonedWeekday, zoneOffsetMs } from '@/utils/time/zoned-time';

describe('zoned time', () => {
  it('gives each zone its offset, daylight saving included', () => {
    expect(zoneOffsetMs('Asia/Jakarta', Date.UTC(2026, 10, 30))).toBe(7 * 3_600_000);
    expect(zoneOffsetMs('America/Los_Angeles', Date.UTC(2026, 10, 30))).toBe(-8 * 3_600_000);
    expect(zoneOffsetMs('America/Los_Angeles', Date.UTC(2026, 6, 1))).toBe(-7 * 3_600_000);
    expect(zoneOffsetMs('Europe/London', Date.UTC(2026, 6, 1, 12))).toBe(3_600_000);
  });

  it('reads days, hours and weekdays on the zone’s calendar, China time matching the China helpers', () => {
    const at = Date.UTC(2026, 10, 28, 18, 30); // Saturday 10:30 in Los Angeles, Sunday 02:30 in China
    expect(zonedHour('America/Los_Angeles', at)).toBe(10);
    expect(zonedWeekday('America/Los_Angeles', at)).toBe(6);
    expect(zonedWeekday('Asia/Shanghai', at)).toBe(0);
    expect(zonedDayNumber('Asia/Shanghai', at)).toBe(chinaDayNumber(at));
    expect(zonedDayNumber('America/Los_Angeles', at)).toBe(chinaDayNumber(at) - 1);
  });

  it('turns a wall-clock time in a zone into an instant, and knows a zone from a typo', () => {
    expect(zonedWallTime('Asia/Bangkok', 2026, 11, 30, 14, 5)).toBe(Date.UTC(2026, 10, 30, 7, 5));
    expect(zonedWallTime('America/Sao_Paulo', 2026, 11, 30, 9)).toBe(Date.UTC(2026, 10, 30, 12));
    expect(isTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isTimeZone('Asia/Saigonn')).toBe(false);
  });
});
