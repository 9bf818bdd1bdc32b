/**
 * The store the CLI and the server use: the repository (src/store) with the ingest and brief flows over it, and the
 * project's clusterer driving it. `openStore()` opens SQLite (default `./lagebild.db`, `:memory:` for tests) or
 * PostgreSQL (`postgres://…`) and brings the schema up to date.
 */
import {
  createClusterer,
  isPreparing,
  packPrepared,
  unpackPrepared,
  type PreparedArticle,
} from '../cluster/index.js';
import type { Assignment, Clusterer } from '../cluster/types.js';
import type { Budget } from '../core/budget.js';
import type { Problem } from '../core/result.js';
import { DEFAULT_DB, openRepository } from '../store/index.js';
import type { ArticleFeatures, StoreClusterer, Store, StoryAssignment } from '../store/types.js';
import type { FeedRepository } from '../store/feeds.js';
import { refreshStale } from './briefs.js';
import { completeIngest, ingestDocuments } from './ingest.js';
import { linkPendingStorylines } from './storylines.js';
import { AlertDispatcher, normaliseAlertOptions, raiseAlerts, type AlertOptions } from './alerts.js';
import { storyChanges } from './changes.js';
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
  /** How alerts of saved searches are delivered (retries, backoff, clock; docs/server.md "Alerts"). */
  readonly alerts?: AlertOptions;
  /** How long the cleaning and analysis of one ingested document may take (src/flows/ingest.ts; default 60 s). */
  readonly budget?: Budget;
}

/** The store with what the CLI needs beyond the shared contract. */
export interface LagebildStore extends Store {
  /**
   * Links every story whose storyline link is pending (after a migration, an interrupted run or a failure), then
   * recomputes the briefs of every stale story (left by an interrupted run or a failed refresh).
   */
  refreshBriefs(): Promise<{ refreshed: number; failed: readonly Problem[] }>;
  /** Delivers the pending alerts (left by this or an earlier run) and resolves when none is being delivered. */
  deliverAlerts(): Promise<void>;
  /** The feeds `lagebild watch` follows, with their state (the repository's, as it is). */
  readonly feeds: FeedRepository;
}

/** An article's features as the store keeps them, with the prepared article they were packed from. */
interface Features extends ArticleFeatures {
  readonly prepared?: PreparedArticle;
}

/**
 * The clusterer as the store drives it: the store keeps the assignments it made and the articles as the clusterer
 * prepared them (when it prepares them), and gives them back for replay.
 */
export function storeClusterer(clusterer: Clusterer): StoreClusterer {
  if (!isPreparing(clusterer))
    return {
      add: (article) => clusterer.add(article),
      // what is replayed is an assignment this clusterer's `add` made and the store kept
      replay: (article, assignment: StoryAssignment) => clusterer.replay(article, assignment as Assignment),
    };
  const prepared = (features: Features | undefined): PreparedArticle | undefined =>
    features === undefined ? undefined : (features.prepared ?? unpackPrepared(features.packed));
  return {
    features: (article): Features => {
      const made = clusterer.prepare(article);
      return { packed: packPrepared(made), prepared: made };
    },
    add: (article, features?: Features) => clusterer.add(article, prepared(features)),
    replay: (article, assignment: StoryAssignment, packed) =>
      clusterer.replay(
        article,
        assignment as Assignment,
        packed === undefined ? undefined : unpackPrepared(packed),
      ),
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
  const alerts = normaliseAlertOptions(options.alerts);
  const dispatcher = new AlertDispatcher(repo, alerts, log ?? (() => undefined));
  const afterIngest = async (added: readonly { id: string; story: string }[]): Promise<Problem[]> => {
    const raised = await raiseAlerts(repo, added, alerts);
    for (const problem of raised.failed) log?.(`lagebild: ${problem.file}: ${problem.reason}`);
    // delivered in the background: the ingest (and a POST /api/articles) does not wait for webhooks
    dispatcher.kick();
    return raised.failed;
  };
  const store: LagebildStore = {
    kind: repo.kind,
    ingest: (documents, onProgress, ingestOptions) =>
      ingestDocuments(repo, documents, {
        ...(onProgress !== undefined ? { onProgress } : {}),
        ...(log !== undefined ? { log } : {}),
        ...(ingestOptions?.briefs !== undefined ? { briefs: ingestOptions.briefs } : {}),
        ...(options.budget !== undefined ? { budget: options.budget } : {}),
        storylines,
        afterIngest,
      }),
    completeIngest: (added) =>
      completeIngest(repo, added, { ...(log !== undefined ? { log } : {}), storylines, afterIngest }),
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
    async storyChanges(id, since) {
      const data = await repo.changesSince(id, since);
      if (data === undefined) return undefined;
      return storyChanges(data, await repo.storyOutlets(data.story), since, alerts.now().toISOString());
    },
    storyVersions: (id) => repo.storyVersions(id),
    briefVersion: (id, version) => repo.briefVersion(id, version),
    addWatch: (watch) => repo.addWatch(watch),
    listWatches: () => repo.listWatches(),
    async getWatch(id) {
      const watch = await repo.getWatch(id);
      return watch === undefined ? undefined : { ...watch, alerts: await repo.watchAlerts(id, 50) };
    },
    deleteWatch: (id) => repo.deleteWatch(id),
    async deliverAlerts() {
      dispatcher.kick();
      await dispatcher.idle();
    },
    async close() {
      // the alerts pending are delivered first (each with its bounded attempts)
      await dispatcher.idle();
      await repo.close();
    },
  };
  if (options.refreshOnOpen === true) {
    try {
      await store.refreshBriefs();
    } catch (error) {
      await repo.close();
      throw error;
    }
  }
  // alerts an earlier run left pending are delivered now
  dispatcher.kick();
  return store;
}
