/**
 * The index of the first item of `list` whose `key` is at least `offset`, or `list.length` when none is: a binary
 * search, for lists in order of `key` (offsets of spans, marks, cuts).
 */
export function firstFrom<T>(list: readonly T[], offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid] as T) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
