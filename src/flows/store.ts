/**
 * The store the CLI and the server use: the repository (src/store) with the ingest and brief flows over it, and the
 * project's clusterer driving it. `openStore()` opens SQLite (default `./lagebild.db`, `:memory:` for tests) or
 * PostgreSQL (`postgres://…`) and brings the schema up to date.
 */
import { createClusterer } from '../cluster/index.js';
import type { Assignment, Clusterer } from '../cluster/types.js';
import type { Problem } from '../core/result.js';
import { DEFAULT_DB, openRepository } from '../store/index.js';
import type { StoreClusterer, Store, StoryAssignment } from '../store/types.js';
import type { FeedRepository } from '../store/feeds.js';
import { refreshStale } from './briefs.js';
import { ingestDocuments } from './ingest.js';
import { linkPendingStorylines } from './storylines.js';
import { normaliseStorylineOptions, type StorylineOptions } from '../cluster/storylines.js';

/** Store options as a user (or the CLI) gives them; every field is optional. */
export interface StoreOptions {
  /** Make the clusterer (default: the project's online clusterer with its default options). */
  readonly clusterer?: () => Clusterer;
  /** Recompute the briefs of stale stories when the store opens (default false: done after each ingest). */
  readonly refreshOnOpen?: boolean;
  /** How long a SQLite writer waits for another process's write lock, in ms (default 30 000). */
  readonly busyTimeoutMs?: number;
  /** Where a failed brief refresh is logged (besides being returned and recorded on the story). */
  readonly log?: (line: string) => void;
  /** How stories are linked into storylines (defaults in docs/clustering.md "Storylines"). */
  readonly storylines?: StorylineOptions;
}

/** The store with what the CLI needs beyond the shared contract. */
export interface LagebildStore extends Store {
  /**
   * Links every story whose storyline link is pending (after a migration, an interrupted run or a failure), then
   * recomputes the briefs of every stale story (left by an interrupted run or a failed refresh).
   */
  refreshBriefs(): Promise<{ refreshed: number; failed: readonly Problem[] }>;
  /** The feeds `lagebild watch` follows, with their state (the repository's, as it is). */
  readonly feeds: FeedRepository;
}

/** The clusterer as the store drives it: the store keeps the assignments it made, and gives them back for replay. */
export function storeClusterer(clusterer: Clusterer): StoreClusterer {
  return {
    add: (article) => clusterer.add(article),
    // what is replayed is an assignment this clusterer's `add` made and the store kept
    replay: (article, assignment: StoryAssignment) => clusterer.replay(article, assignment as Assignment),
  };
}

/** Opens the store at `target` (throws with a user-facing message on failure). */
export async function openStore(
  target: string = DEFAULT_DB,
  options: StoreOptions = {},
): Promise<LagebildStore> {
  const make = options.clusterer ?? (() => createClusterer());
  const storylines = normaliseStorylineOptions(options.storylines);
  const repo = await openRepository(target, {
    clusterer: () => storeClusterer(make()),
    ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
  });
  const log = options.log;
  const store: LagebildStore = {
    kind: repo.kind,
    ingest: (documents, onProgress) =>
      ingestDocuments(repo, documents, {
        ...(onProgress !== undefined ? { onProgress } : {}),
        ...(log !== undefined ? { log } : {}),
        storylines,
      }),
    listStories: (query) => repo.listStories(query),
    getStory: (id) => repo.getStory(id),
    getArticle: (id) => repo.getArticle(id),
    getStoryline: (id) => repo.getStoryline(id),
    health: () => repo.health(),
    feeds: repo.feeds,
    async refreshBriefs() {
      const linked = await linkPendingStorylines(repo, storylines, log);
      const briefs = await refreshStale(repo, log);
      return { refreshed: briefs.refreshed, failed: [...linked.failed, ...briefs.failed] };
    },
    close: () => repo.close(),
  };
  if (options.refreshOnOpen === true) {
    try {
      await store.refreshBriefs();
    } catch (error) {
      await repo.close();
      throw error;
    }
  }
  return store;
}
