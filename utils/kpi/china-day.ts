const CHINA_OFFSET_MS = 8 * 3600_000;

/** The hour (0–23) of an instant in China time, where the shops work. */
export function chinaHour(at: number): number {
  return Math.floor(((at + CHINA_OFFSET_MS) % 86_400_000) / 3_600_000);
}

const DAY_MS = 86_400_000;

/** Days since the epoch in China time: a cheap integer key for grouping by day. */
export function chinaDayNumber(at: number): number {
  return Math.floor((at + CHINA_OFFSET_MS) / DAY_MS);
}

export function dayNumberToString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
