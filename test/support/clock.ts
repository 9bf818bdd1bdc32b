/**
 * A clock for budget tests (never the wall clock): it moves 1 ms per reading, and 1 000 ms more at its `jumpAt`-th
 * reading (never, when undefined); `reads` counts the readings.
 */
export function jumpingClock(jumpAt?: number): { now: () => number; reads: () => number } {
  let reads = 0;
  let t = 0;
  return {
    now: () => {
      reads++;
      t += reads === jumpAt ? 1001 : 1;
      return t;
    },
    reads: () => reads,
  };
}
