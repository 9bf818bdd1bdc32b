/**
 * The store (issue 6): `openStore()` opens SQLite (default `./lagebild.db`, `:memory:` for tests) or PostgreSQL
 * (`postgres://…`), applies the migrations and returns the `Store` the CLI and the server use.
 */
import { createClusterer } from '../cluster/index.js';
import type { Dialect } from './dialect.js';
import { migrate } from './migrate.js';
import { DEFAULT_DB, normaliseStoreOptions, parseTarget, type StoreOptions } from './options.js';
import { createStore, type LagebildStore } from './store.js';

export type * from './types.js';
export {
  DEFAULT_DB,
  describeTarget,
  parseTarget,
  type StoreOptions,
  type NormalisedStoreOptions,
  type StoreTarget,
} from './options.js';
export type { LagebildStore } from './store.js';
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

/** Opens the store at `target` and brings its schema up to date (throws with a user-facing message on failure). */
export async function openStore(
  target: string = DEFAULT_DB,
  options: StoreOptions = {},
): Promise<LagebildStore> {
  const normalised = normaliseStoreOptions(options, () => createClusterer());
  const dialect = await openDialect(target, normalised.busyTimeoutMs);
  try {
    const version = await migrate(dialect);
    const store = createStore(dialect, normalised, version);
    if (normalised.refreshOnOpen) await store.refreshBriefs();
    return store;
  } catch (error) {
    await dialect.close().catch(() => undefined);
    throw error;
  }
}
