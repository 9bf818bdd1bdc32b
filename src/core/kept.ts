/**
 * `make(key)`, made once per key object and kept as long as the key lives (a WeakMap memo). For values that depend
 * only on the key, so a growing story's unchanged objects give back the same value object.
 */
export function keptPer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = make(key);
      kept.set(key, value);
    }
    return value;
  };
}

/** Whether two items are the same object (a kept list's items compared by identity). */
export const identical = <T>(a: T, b: T): boolean => a === b;

/**
 * How many of `list[from..to)` are the kept items, in order (`same` compares a kept item, at index `k` of `kept`, with
 * the item at its place): all of `kept`, or none (0). A story-wide memo of a growing story goes on from there.
 */
export function keptPrefix<T>(
  kept: readonly T[],
  list: readonly T[],
  same: (a: T, b: T, k: number) => boolean,
  from = 0,
  to = list.length,
): number {
  if (kept.length > to - from) return 0;
  for (let k = 0; k < kept.length; k++) if (!same(kept[k] as T, list[from + k] as T, k)) return 0;
  return kept.length;
}

/** A story-wide memo refilled with what the last brief made (what that brief no longer had is dropped). */
export function refill<K, V>(memo: Map<K, V>, made: Iterable<readonly [K, V]>): void {
  memo.clear();
  for (const [key, value] of made) memo.set(key, value);
}

/**
 * An empty list of numbers stored as doubles. V8 keeps an array's elements as untagged doubles once it has held one,
 * and it keeps integers apart (as small integers) until then: a full pass, where every drift is 1 and many margins 0,
 * would make lists of integers that a continued pass (drifts above 1) makes lists of doubles, and the code optimised
 * for one kind of list is thrown away when it meets the other (session 23: the first update after a full brief paid
 * for that; the lexical state's number lists). Lists begun this way are of one kind whichever pass fills them; their numbers are the same.
 */
export function doubles(): number[] {
  const list = [0.5];
  list.pop();
  return list;
}

/**
 * An empty list made for objects. An empty literal `[]` is made for small integers and changes kind when the first
 * object is put in, so a function handed an empty literal at one call and a filled list at another meets two kinds
 * of list at one place, and its optimised code is thrown away when it meets the one it was not made for (session
 * 24: the story's speakers, `[]` for the first recognition and a list of names for the second). A list begun here
 * has one kind whether it stays empty or not.
 */
export function objects<T extends object>(): T[] {
  const list: unknown[] = [undefined];
  list.pop();
  return list as T[];
}

/**
 * `list.map(f)` as a list pushed one by one. V8 makes the list of `Array.prototype.map` with gaps allowed (HOLEY)
 * when its caller runs optimised and without them (PACKED) when it does not, so a list that other functions read
 * reaches them in two shapes, and their optimised code is thrown away when they meet the one they were not made for
 * (session 23: in the first full brief after updates, and in the first update after a full brief). A pushed list
 * is PACKED either way. For lists that other hot functions read, or that are kept.
 */
export function mapped<T, U>(list: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i] as T, i));
  return out;
}
