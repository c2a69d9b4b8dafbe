import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDateTime, chinaDayNumber, chinaDayStart, chinaHour, chinaMinutes, dayNumberStart, dayNumberToString } from '@/utils/time/china-time';

describe('China time', () => {
  const at = Date.UTC(2026, 10, 22, 16, 30, 9); // 2026-11-23 00:30:09 in China
  it('reads the China calendar and clock whatever the machine zone', () => {
    expect(chinaDateTime(at)).toBe('2026-11-23 00:30:09');
    expect(chinaDate(at)).toBe('2026-11-23');
    expect(chinaHour(at)).toBe(0);
    expect(chinaMinutes(at)).toBe(30);
  });

  it('converts between days, day numbers and midnight', () => {
    expect(chinaDayStart('2026-11-23')).toBe(Date.UTC(2026, 10, 22, 16));
    expect(dayNumberStart(chinaDayNumber(at))).toBe(chinaDayStart('2026-11-23'));
    expect(dayNumberToString(chinaDayNumber(at))).toBe('2026-11-23');
  });
});
