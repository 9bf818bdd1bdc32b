/**
 * Fast look-ups in the rule tables the temporal tagger asks about at every word. A word that is in no table is
 * the common case, and a miss on a large plain object (it walks the prototype chain) or a scan of a word list
 * costs more than a hash look-up. The answers are those of the table's own entries and of `list.includes(key)`;
 * unlike `table[key]`, the names every object inherits ("constructor", "toString") are no entries: they are
 * ordinary words of a text.
 */

const tableMaps = new WeakMap<object, ReadonlyMap<string, unknown>>();
const listSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The value of the table's own entry `key` (from a map of those entries, built once per table). */
export function tableValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  let map = tableMaps.get(table) as ReadonlyMap<string, T> | undefined;
  if (map === undefined) {
    map = new Map(Object.entries(table));
    tableMaps.set(table, map);
  }
  return map.get(key);
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
