/** Repository options as a flow gives them, and the normalised form the store works with. */
import { existsSync } from 'node:fs';
import type { StoreClusterer } from './types.js';

export const DEFAULT_DB = './lagebild.db';

/** Options as given; only the clusterer is required (the store runs no stage: the flow that opens it gives it). */
export interface RepositoryOptions {
  /** Makes the clusterer that assigns each stored article (again after a failed transaction). */
  readonly clusterer: () => StoreClusterer;
  /** How long a SQLite writer waits for another process's write lock, in ms (default 30 000). */
  readonly busyTimeoutMs?: number;
}

/** Options every part of the store receives. */
export interface NormalisedStoreOptions {
  readonly clusterer: () => StoreClusterer;
  readonly busyTimeoutMs: number;
}

export type StoreTarget =
  { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: string };

/** `postgres://…`/`postgresql://…` → PostgreSQL; anything else is a SQLite file (`:memory:` for tests). */
export function parseTarget(target: string = DEFAULT_DB): StoreTarget {
  const trimmed = target.trim();
  if (trimmed === '')
    throw new RangeError('the database must be a file path or a postgres:// URL, not empty');
  if (/^postgres(?:ql)?:\/\//iu.test(trimmed)) return { kind: 'postgres', url: trimmed };
  return { kind: 'sqlite', path: trimmed };
}

export function normaliseStoreOptions(options: RepositoryOptions): NormalisedStoreOptions {
  const { busyTimeoutMs = 30_000 } = options;
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0)
    throw new RangeError(`the busy timeout must be a whole number of ms, not ${String(busyTimeoutMs)}`);
  return {
    clusterer: options.clusterer,
    busyTimeoutMs,
  };
}

/** The target as it may be shown to a user: a PostgreSQL URL without its password. */
export function describeTarget(target: string = DEFAULT_DB): string {
  const parsed = parseTarget(target);
  if (parsed.kind === 'sqlite') return parsed.path;
  try {
    const url = new URL(parsed.url);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Whether `target` names a SQLite file that is not there yet (opening it would make a new, empty database).
 * PostgreSQL URLs and `:memory:` are never "missing": the server says whether they can be reached.
 */
export function databaseMissing(target: string = DEFAULT_DB): boolean {
  const parsed = parseTarget(target);
  return parsed.kind === 'sqlite' && parsed.path !== ':memory:' && !existsSync(parsed.path);
}
