import { formatWait } from '@/utils/customer/waiting';

const CHINA_OFFSET_MS = 8 * 3600_000;

/** "11-20 14:05" (China time), or "14:05" for today: what an agent needs at a glance. */
export function shortTime(at: number, now: number): string {
  const iso = new Date(at + CHINA_OFFSET_MS).toISOString();
  const today = new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  return iso.slice(0, 10) === today ? iso.slice(11, 16) : `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

export const elapsed = (ms: number) => formatWait(ms);
