/** Store options as a user (or the CLI) gives them, and the normalised form the store works with. */
import type { Clusterer } from '../cluster/types.js';

export const DEFAULT_DB = './lagebild.db';

/** Options as given; every field is optional. */
export interface StoreOptions {
  /** Make the clusterer (default: the project's online clusterer with its default options). */
  readonly clusterer?: () => Clusterer;
  /** Recompute the briefs of stale stories when the store opens (default false: done after each ingest). */
  readonly refreshOnOpen?: boolean;
  /** How long a SQLite writer waits for another process's write lock, in ms (default 30 000). */
  readonly busyTimeoutMs?: number;
}

/** Options every part of the store receives. */
export interface NormalisedStoreOptions {
  readonly clusterer: () => Clusterer;
  readonly refreshOnOpen: boolean;
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

export function normaliseStoreOptions(
  options: StoreOptions,
  defaultClusterer: () => Clusterer,
): NormalisedStoreOptions {
  const { busyTimeoutMs = 30_000 } = options;
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0)
    throw new RangeError(`the busy timeout must be a whole number of ms, not ${String(busyTimeoutMs)}`);
  return {
    clusterer: options.clusterer ?? defaultClusterer,
    refreshOnOpen: options.refreshOnOpen ?? false,
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
