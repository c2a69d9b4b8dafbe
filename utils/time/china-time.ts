/**
 * China time (UTC+8, no daylight saving), where the shops work: every day boundary, clock reading and printed time
 * in the product goes through here, whatever the machine's own zone.
 */
export const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** "2026-11-22 14:05:09". */
export function chinaDateTime(at: number): string {
  const date = new Date(at + CHINA_OFFSET_MS);
  // A time no clock could show (a broken or forged row) prints as a dash instead of throwing mid-render.
  return Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 19).replace('T', ' ') : '—';
}

/** "2026-11-22". */
export function chinaDate(at: number): string {
  return chinaDateTime(at).slice(0, 10);
}

/** Epoch ms of 00:00 China time on a "YYYY-MM-DD" day. */
export function chinaDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS;
}

/** The hour (0–23). */
export function chinaHour(at: number): number {
  return Math.floor(((at + CHINA_OFFSET_MS) % DAY_MS) / 3_600_000);
}

/** Minutes since midnight. */
export function chinaMinutes(at: number): number {
  return Math.floor(((at + CHINA_OFFSET_MS) % DAY_MS) / 60_000);
}

/** Days since the epoch: a cheap integer key for grouping by day. */
export function chinaDayNumber(at: number): number {
  return Math.floor((at + CHINA_OFFSET_MS) / DAY_MS);
}

export function dayNumberToString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Epoch ms of 00:00 China time on a day number. */
export function dayNumberStart(day: number): number {
  return day * DAY_MS - CHINA_OFFSET_MS;
}
