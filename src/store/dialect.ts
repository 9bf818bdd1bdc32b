/**
 * The tiny layer that lets SQLite and PostgreSQL share the store's logic: SQL is written once with `?`
 * placeholders and portable types (TEXT, INTEGER/BIGINT); only locking, full-text search and the schema differ.
 */

export type Row = Readonly<Record<string, unknown>>;

export interface Executor {
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
}

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** Full-text search as each database does it. */
export interface TextSearch {
  /** Indexes the articles `first` … `last` by `seq` (in the transaction that inserts them): title and text. */
  indexRange(tx: Executor, first: number, last: number): Promise<void>;
  /** A condition on `stories s` that holds when one of the story's articles matches `query` (already sanitised). */
  storyCondition(query: string): { readonly sql: string; readonly params: readonly unknown[] };
}

export interface Dialect {
  readonly kind: 'sqlite' | 'postgres';
  readonly migrations: readonly Migration[];
  readonly search: TextSearch;
  /**
   * Runs `fn` in one transaction holding the store's write lock, which serialises writers across processes
   * (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: a transaction-level advisory lock). Commits when `fn` resolves,
   * rolls back when it throws.
   */
  locked<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in one transaction without the store's write lock, for writes that need no order among the articles
   * (a story's brief): PostgreSQL locks each row as the transaction changes it, so `fn` changes the story row first
   * (then a writer changing the story waits for it, or it finds the story's version moved on) and other rows after
   * it, always in that order. SQLite: the same as `locked` (one writer at a time).
   */
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` while this process holds the claim named `key` (PostgreSQL: a transaction-level advisory lock, so
   * several workers share out work instead of each doing all of it). Without `wait`, gives `{ busy: true }` at once,
   * without running `fn`, when another process holds it; with `wait`, waits for it. SQLite (one writer at a time
   * anyway) always runs `fn`.
   */
  claim<T>(
    key: string,
    fn: () => Promise<T>,
    wait?: boolean,
  ): Promise<{ readonly value: T } | { readonly busy: true }>;
  /** Reads outside a transaction (never sees another writer's uncommitted rows). */
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** One at a time within this process (the database's lock does it across processes). */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Numbers come back as bigint strings from PostgreSQL and as numbers from SQLite. */
export function num(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  return 0;
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

export function optStr(value: unknown): string | null {
  return value === null || value === undefined ? null : str(value);
}

/** Search words of a user's query: letters and digits only, so no query syntax ever reaches the database. */
export function searchTerms(q: string): string[] {
  return [
    ...q
      .normalize('NFC')
      .toLowerCase()
      .matchAll(/[\p{L}\p{N}]+/gu),
  ]
    .map((m) => m[0])
    .slice(0, 16);
}
