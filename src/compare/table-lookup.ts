/**
 * Fast look-ups in the rule tables the temporal tagger asks about at every word. A word that is in no table is
 * the common case, and a miss on a large plain object (it walks the prototype chain) or a scan of a word list
 * costs more than a hash look-up. The answers are those of the table's own entries and of `list.includes(key)`;
 * unlike `table[key]`, the names every object inherits ("constructor", "toString") are no entries: they are
 * ordinary words of a text.
 */

import { keptPer } from '../core/kept.js';

/** A map of a table's own entries, built once per table. */
const tableMap = keptPer((table: object): ReadonlyMap<string, unknown> => new Map(Object.entries(table)));

/** The value of the table's own entry `key` (from a map of those entries, built once per table). */
export function tableValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return (tableMap(table) as ReadonlyMap<string, T>).get(key);
}

/** A word list as a set, built once per list object (a table's list, or an article's kept word list). */
export const listSet: (list: readonly string[]) => ReadonlySet<string> = keptPer((list) => new Set(list));

/** `list.includes(key)`, answered from a set of the list (built once per list). */
export function listHas(list: readonly string[], key: string): boolean {
  return listSet(list).has(key);
}
