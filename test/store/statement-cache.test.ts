import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { statementCache, STATEMENTS_KEPT } from '../../src/store/sqlite.js';

/** A cache over a counting `prepare` (its statements stand-ins that name their SQL). */
function counted(kept?: number): { get: (sql: string) => Database.Statement; prepared: string[] } {
  const prepared: string[] = [];
  const get = statementCache((sql) => {
    prepared.push(sql);
    return { source: sql } as unknown as Database.Statement;
  }, kept);
  return { get, prepared };
}

describe('the SQLite statement cache', () => {
  it('prepares a statement once and gives back the same one', () => {
    const { get, prepared } = counted();
    const a = get('SELECT 1');
    expect(get('SELECT 1')).toBe(a);
    expect(prepared).toEqual(['SELECT 1']);
  });

  it('keeps a statement in use while one-off statements (IN lists of every length) come and go', () => {
    const { get, prepared } = counted();
    const inList = (n: number): string =>
      `SELECT id FROM articles WHERE id IN (${Array.from({ length: n }, () => '?').join(', ')})`;
    // the cache is full of one-off statements before the first brief is saved
    for (let n = 1; n <= STATEMENTS_KEPT; n++) get(inList(n));
    for (let n = STATEMENTS_KEPT + 1; n <= 3 * STATEMENTS_KEPT; n++) {
      get('SELECT brief');
      get(inList(n));
    }
    expect(prepared.filter((sql) => sql === 'SELECT brief')).toHaveLength(1);
    expect(prepared).toHaveLength(1 + 3 * STATEMENTS_KEPT);
  });

  it('lets the least recently used statement go when full, and prepares it again when it comes back', () => {
    const { get, prepared } = counted(2);
    get('a');
    get('b');
    get('a'); // b is now the least recently used
    get('c'); // b goes
    get('a');
    expect(prepared).toEqual(['a', 'b', 'c']);
    get('b'); // c goes (a was used after it)
    get('a');
    expect(prepared).toEqual(['a', 'b', 'c', 'b']);
    get('c');
    expect(prepared).toEqual(['a', 'b', 'c', 'b', 'c']);
  });
});
