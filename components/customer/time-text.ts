import { formatWait } from '@/utils/customer/waiting';
import { chinaDate, chinaDateTime } from '@/utils/time/china-time';

/** "11-20 14:05" (China time), or "14:05" for today: what an agent needs at a glance. */
export function shortTime(at: number, now: number): string {
  const time = chinaDateTime(at);
  return time.slice(0, 10) === chinaDate(now) ? time.slice(11, 16) : `${time.slice(5, 10)} ${time.slice(11, 16)}`;
}

export const elapsed = (ms: number) => formatWait(ms);
