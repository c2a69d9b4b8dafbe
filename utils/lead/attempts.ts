/**
 * How many wrong unlock tries in a row, and until when the next one is refused. Five are free; then each wrong try
 * doubles the wait, from one minute to at most an hour. Pure: the caller stores it.
 */
export interface Attempts {
  failures: number;
  lockedUntil: number;
}

export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 60_000;
const LONGEST_WAIT_MS = 3_600_000;

export const NO_ATTEMPTS: Attempts = { failures: 0, lockedUntil: 0 };

export function afterFailure(attempts: Attempts, now: number): Attempts {
  const failures = attempts.failures + 1;
  const over = failures - FREE_ATTEMPTS;
  return { failures, lockedUntil: over >= 0 ? now + Math.min(FIRST_WAIT_MS * 2 ** over, LONGEST_WAIT_MS) : 0 };
}

/** Milliseconds until another try is taken (0: now). */
export const waitLeft = (attempts: Attempts, now: number) => Math.max(0, attempts.lockedUntil - now);

/** Free tries left before the waits start. */
export const triesLeft = (attempts: Attempts) => Math.max(0, FREE_ATTEMPTS - attempts.failures);
