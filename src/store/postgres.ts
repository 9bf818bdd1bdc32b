/**
 * The PostgreSQL dialect (`pg` pool). Writers of articles serialise on a transaction-level advisory lock, so several
 * processes can ingest into one database: the lock is held from the dedupe check to the commit. Briefs are saved in
 * transactions of their own, without it (row locks order them with the articles' writes).
 */
import pg from 'pg';
import { Mutex, type Dialect, type Executor, type Row, type TextSearch } from './dialect.js';
import { CONFIG_OF, POSTGRES_MIGRATIONS } from './schema.js';

/** The advisory lock key of the store's writers ("lagebild" in ASCII, as one 64-bit number). */
export const WRITE_LOCK = '7809644436149168740';

/** `?` placeholders → `$1`, `$2`, … (the store's SQL never has a `?` inside a literal). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/gu, () => `$${String(++n)}`);
}

/** The first key of the claims' advisory locks (two-key locks: a space apart from the write lock's one key). */
export const CLAIM_SPACE = 0x4c42;

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

function executor(db: Queryable): Executor {
  return {
    all: async (sql, params = []) => (await db.query(numbered(sql), [...params])).rows as Row[],
    run: async (sql, params = []) => {
      await db.query(numbered(sql), [...params]);
    },
  };
}

const CONFIGS = ['german', 'english', 'simple'] as const;

const search: TextSearch = {
  async indexRange(tx, first, last) {
    // the configuration of each article's language (CONFIG_OF)
    const config = `CASE language ${CONFIG_OF.map(([code, c]) => `WHEN '${code}' THEN '${c}'`).join(' ')} ELSE 'simple' END`;
    await tx.run(
      `UPDATE articles SET fts_config = c.config,
         tsv = setweight(to_tsvector(c.config::regconfig, COALESCE(title, '')), 'A') || to_tsvector(c.config::regconfig, text)
       FROM (SELECT seq AS at, ${config} AS config FROM articles WHERE seq BETWEEN ? AND ?) c WHERE seq = c.at`,
      [first, last],
    );
  },
  storyCondition(query) {
    const tsquery = query
      .split(' ')
      .filter((t) => t !== '')
      .map((t) => `${t}:*`)
      .join(' & ');
    // one constant query per configuration, so the GIN index on tsv serves each branch
    const branches = CONFIGS.map((c) => `(a.fts_config = '${c}' AND a.tsv @@ to_tsquery('${c}', ?))`);
    return {
      sql: `s.id IN (SELECT a.story FROM articles a WHERE ${branches.join(' OR ')})`,
      params: CONFIGS.map(() => tsquery),
    };
  },
};

/** Whether the server compresses large values with LZ4 when asked (PostgreSQL 14 and later, built with it). */
const HAS_LZ4 = `SELECT 1 AS ok FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)`;

/**
 * Connects to PostgreSQL (checks the connection at once, so a bad URL fails here with the server's message). Where
 * the server has LZ4, the store's connections compress large values (an article's document, analysed article and
 * features, a brief) with it, not with the default pglz, several times slower to compress: the values read back
 * are the same; what it saves is the server's time inside the article writers' transaction, under the write lock
 * that serialises them. (An `options` parameter in the URL is taken instead.)
 */
export async function postgresDialect(url: string): Promise<Dialect> {
  const probe = new pg.Client({ connectionString: url });
  probe.on('error', () => undefined);
  let lz4: boolean;
  try {
    await probe.connect();
    lz4 = (await probe.query(HAS_LZ4)).rows.length > 0;
  } catch (error) {
    throw new Error(`cannot connect to PostgreSQL: ${(error as Error).message}`, { cause: error });
  } finally {
    await probe.end().catch(() => undefined);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(lz4 ? { options: '-c default_toast_compression=lz4' } : {}),
  });
  pool.on('error', () => undefined);
  const mutex = new Mutex();
  const read = executor(pool);
  /** One transaction on a connection of its own; `lock` takes the store's write lock first. */
  const transaction = async <T>(fn: (tx: Executor) => Promise<T>, lock: boolean): Promise<T> => {
    const tx = await pool.connect();
    try {
      await tx.query('BEGIN');
      if (lock) await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const result = await fn(executor(tx));
      await tx.query('COMMIT');
      return result;
    } catch (error) {
      await tx.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      tx.release();
    }
  };
  return {
    kind: 'postgres',
    migrations: POSTGRES_MIGRATIONS,
    search,
    all: read.all,
    locked: (fn) => mutex.run(() => transaction(fn, true)),
    transaction: (fn) => transaction(fn, false),
    async claim(key, fn, wait = false) {
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        if (wait) await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CLAIM_SPACE, key]);
        else {
          const got = await tx.query('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS ok', [
            CLAIM_SPACE,
            key,
          ]);
          if ((got.rows[0] as { ok?: boolean } | undefined)?.ok !== true) return { busy: true };
        }
        return { value: await fn() };
      } finally {
        // the claim ends with the transaction (it wrote nothing)
        await tx.query('ROLLBACK').catch(() => undefined);
        tx.release();
      }
    },
    close: () => mutex.run(() => pool.end()),
  };
}
