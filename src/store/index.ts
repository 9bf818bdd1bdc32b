/**
 * The store (issue 6) as a repository: `openRepository()` opens SQLite (default `./lagebild.db`, `:memory:` for
 * tests) or PostgreSQL (`postgres://…`), applies the migrations and returns what persists articles, cluster state
 * and briefs. It imports no stage; the flows (src/flows) clean, analyse, cluster and summarise, and hand it the
 * results. `openStore` (src/flows) is the store the CLI and the server use.
 */
import type { Dialect } from './dialect.js';
import { migrate } from './migrate.js';
import { DEFAULT_DB, normaliseStoreOptions, parseTarget, type RepositoryOptions } from './options.js';
import { createRepository } from './store.js';
import { fillStoryFacts } from './stories.js';
import type { StoreRepository } from './types.js';

export type * from './types.js';
export type * from './feeds.js';
export {
  DEFAULT_DB,
  describeTarget,
  parseTarget,
  type RepositoryOptions,
  type NormalisedStoreOptions,
  type StoreTarget,
} from './options.js';
export { normaliseUrl } from './url.js';
export { contentHash } from './hash.js';
export { SchemaTooNewError } from './migrate.js';

async function openDialect(target: string, busyTimeoutMs: number): Promise<Dialect> {
  const parsed = parseTarget(target);
  // each driver is loaded only for its kind of database
  if (parsed.kind === 'sqlite') {
    const { sqliteDialect } = await import('./sqlite.js');
    return sqliteDialect(parsed.path, busyTimeoutMs);
  }
  const { postgresDialect } = await import('./postgres.js');
  return postgresDialect(parsed.url);
}

/** Opens the repository at `target` and brings its schema up to date (throws with a user-facing message on failure). */
export async function openRepository(
  target: string = DEFAULT_DB,
  options: RepositoryOptions,
): Promise<StoreRepository> {
  const normalised = normaliseStoreOptions(options);
  const dialect = await openDialect(target, normalised.busyTimeoutMs);
  try {
    const version = await migrate(dialect);
    await fillStoryFacts(dialect);
    return createRepository(dialect, normalised, version);
  } catch (error) {
    await dialect.close().catch(() => undefined);
    throw error;
  }
}
