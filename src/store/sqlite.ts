/** The SQLite dialect: better-sqlite3, WAL, one file; a second connection reads while the first writes. */
import Database from 'better-sqlite3';
import { Mutex, searchTerms, type Dialect, type Executor, type Row, type TextSearch } from './dialect.js';
import { SQLITE_MIGRATIONS } from './schema.js';

type Db = Database.Database;

function open(path: string, timeout: number): Db {
  const db = new Database(path, { timeout });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

/** Prepared statements kept per connection. */
export const STATEMENTS_KEPT = 200;

/**
 * Statements are prepared once per connection and kept, the least recently used one let go when `STATEMENTS_KEPT`
 * are: the store runs a small, fixed set of statements besides some made per call (`IN` lists of every length,
 * the migrations), and those must not take the places of the fixed ones (a cache that stopped taking statements
 * once full prepared the four statements of every saved brief anew each time).
 */
export function statementCache(
  prepare: (sql: string) => Database.Statement,
  kept = STATEMENTS_KEPT,
): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let prepared = cache.get(sql);
    if (prepared !== undefined) {
      // most recently used last: the map's first key is the one to let go
      cache.delete(sql);
    } else {
      prepared = prepare(sql);
      if (cache.size >= kept) {
        const oldest = cache.keys().next();
        if (oldest.done !== true) cache.delete(oldest.value);
      }
    }
    cache.set(sql, prepared);
    return prepared;
  };
}

function executor(db: Db): Executor {
  const statement = statementCache((sql) => db.prepare(sql));
  return {
    all: (sql, params = []) => {
      const prepared = statement(sql);
      if (!prepared.reader) {
        prepared.run(...params);
        return Promise.resolve([]);
      }
      return Promise.resolve(prepared.all(...params) as Row[]);
    },
    run: (sql, params = []) => {
      statement(sql).run(...params);
      return Promise.resolve();
    },
  };
}

const search: TextSearch = {
  async indexRange(tx, first, last) {
    await tx.run(
      "INSERT INTO articles_fts (rowid, title, text) SELECT seq, COALESCE(title, ''), text FROM articles WHERE seq BETWEEN ? AND ?",
      [first, last],
    );
  },
  storyCondition(query) {
    const match = searchTerms(query)
      .map((t) => `"${t}"*`)
      .join(' ');
    return {
      sql: 's.id IN (SELECT a.story FROM articles_fts f JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH ?)',
      params: [match === '' ? '""' : match],
    };
  },
};

/** Opens (creating when missing) a SQLite database; `:memory:` gives a private in-memory one (one connection). */
export function sqliteDialect(path: string, busyTimeoutMs: number): Dialect {
  const writer = open(path, busyTimeoutMs);
  const reader = path === ':memory:' ? writer : open(path, busyTimeoutMs);
  const mutex = new Mutex();
  const tx = executor(writer);
  const read = executor(reader);
  const locked: Dialect['locked'] = (fn) =>
    mutex.run(async () => {
      writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(tx);
        writer.exec('COMMIT');
        return result;
      } catch (error) {
        if (writer.inTransaction) writer.exec('ROLLBACK');
        throw error;
      }
    });
  return {
    kind: 'sqlite',
    migrations: SQLITE_MIGRATIONS,
    search,
    all: read.all,
    locked,
    transaction: locked,
    claim: async (_key, fn) => ({ value: await fn() }),
    close: () =>
      mutex.run(() => {
        if (reader !== writer) reader.close();
        writer.close();
        return Promise.resolve();
      }),
  };
}
