/**
 * Clocks for tests. The core takes `now`; a test that leaves it to the real clock depends on the
 * day it runs (a statement number carries the Roman month, a date on a document the office's
 * day). Every core a test opens therefore runs on a test clock unless the test passes its own.
 */

/** Tuesday 1 December 2026, 10.00 WIB: an office morning on a working day, after every fixture. */
export const testEpoch = new Date('2026-12-01T03:00:00.000Z');

export interface TestClock {
  (): Date;
  /** The machine's wall-clock time (`Date.now()` scale) at `instant` of this clock. */
  wallTime(instant: Date | string): number;
}

/**
 * A clock that starts at `start` and moves on with real elapsed time, so that waits, timeouts
 * and "five seconds later" still behave while the calendar stays fixed. Built on the monotonic
 * clock, which neither a changed system date nor libfaketime's shifted wall clock moves.
 */
export function tickingClock(start: Date | string = testEpoch): TestClock {
  const origin = new Date(start).getTime();
  const started = performance.now();
  const startedWall = Date.now();
  const clock = () => new Date(origin + Math.floor(performance.now() - started));
  clock.wallTime = (instant: Date | string) => startedWall + (new Date(instant).getTime() - origin);
  return clock;
}
