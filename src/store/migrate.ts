/** Applies the dialect's versioned migrations that a database lacks, under the write lock, one transaction. */
import { num, type Dialect } from './dialect.js';

export class SchemaTooNewError extends Error {}

/** Brings the schema up to date and returns its version. */
export async function migrate(dialect: Dialect): Promise<number> {
  const latest = Math.max(0, ...dialect.migrations.map((m) => m.version));
  return dialect.locked(async (tx) => {
    await tx.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const rows = await tx.all('SELECT MAX(version) AS v FROM schema_migrations');
    const current = num(rows[0]?.v ?? 0);
    if (current > latest) {
      throw new SchemaTooNewError(
        `the database has schema version ${current}, newer than this lagebild knows (${latest}): upgrade lagebild`,
      );
    }
    for (const migration of dialect.migrations) {
      if (migration.version <= current) continue;
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    }
    return latest;
  });
}
