import { chinaDayNumber, chinaMinutes, dayNumberStart } from '../time/china-time';

const MINUTE = 60_000;
/** A promise this far off ("明天回复您", a resend) means the next working day, not this clock time tomorrow. */
const NEXT_DAY_FROM_MS = 20 * 60 * MINUTE;
/** How far into the shift a follow-up is put, so it is not the first thing the shift opens with. */
const INTO_SHIFT_MS = 60 * MINUTE;

const minutesOf = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * When a follow-up offered for a promise falls due, in working hours (the shop's shift, China time): a next-day
 * promise an hour into the next day's shift; a shorter one at its own time when that falls inside the shift, else an
 * hour into the next shift.
 */
export function dueInWorkingHours(now: number, dueInMs: number, shiftStart: string, shiftEnd: string): number {
  const open = minutesOf(shiftStart);
  const close = minutesOf(shiftEnd);
  const target = now + dueInMs;
  const day = chinaDayNumber(target);
  const intoShift = (d: number) => dayNumberStart(d) + open * MINUTE + INTO_SHIFT_MS;
  if (dueInMs >= NEXT_DAY_FROM_MS) return intoShift(chinaDayNumber(now) + 1);
  const minutes = chinaMinutes(target);
  if (minutes < open) return intoShift(day);
  if (minutes >= close) return intoShift(day + 1);
  return target;
}
