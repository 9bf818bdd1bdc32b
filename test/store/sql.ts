/** Raw SQL on a test store of either backend (a SQLite path or a PostgreSQL URL), to take it back to an older schema. */
import Database from 'better-sqlite3';
import pg from 'pg';

export type Row = Record<string, unknown>;

/** Runs statements on either backend, one transaction; gives the last statement's rows. */
export async function sql(target: string, statements: readonly string[]): Promise<Row[]> {
  if (!target.startsWith('postgres')) {
    const db = new Database(target);
    try {
      let rows: Row[] = [];
      db.transaction(() => {
        for (const s of statements) {
          const statement = db.prepare(s);
          rows = statement.reader ? (statement.all() as Row[]) : (statement.run(), []);
        }
      })();
      return rows;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    await client.query('BEGIN');
    let rows: Row[] = [];
    for (const s of statements) rows = (await client.query(s)).rows as Row[];
    await client.query('COMMIT');
    return rows;
  } finally {
    await client.end();
  }
}
