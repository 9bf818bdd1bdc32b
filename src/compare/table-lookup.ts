/**
 * Fast look-ups in the rule tables the temporal tagger asks about at every word. A word that is in no table is
 * the common case, and a miss on a large plain object (it walks the prototype chain) or a scan of a word list
 * costs more than a hash look-up. The answers are exactly those of `table[key]` and `list.includes(key)`:
 * `table[key]` also answers the names `Object.prototype` holds ("constructor", "toString"), and so does this.
 */

const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

const tableMaps = new WeakMap<object, ReadonlyMap<string, unknown>>();
const listSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** `table[key]`, answered from a map of the table's own entries (built once per table). */
export function tableValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  let map = tableMaps.get(table) as ReadonlyMap<string, T> | undefined;
  if (map === undefined) {
    map = new Map(Object.entries(table));
    tableMaps.set(table, map);
  }
  const value = map.get(key);
  if (value !== undefined || map.has(key)) return value;
  return PROTOTYPE_NAMES.has(key) ? table[key] : undefined;
}

/** `list.includes(key)`, answered from a set of the list (built once per list). */
export function listHas(list: readonly string[], key: string): boolean {
  let set = listSets.get(list);
  if (set === undefined) {
    set = new Set(list);
    listSets.set(list, set);
  }
  return set.has(key);
}
