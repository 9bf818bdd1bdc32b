/** The repository over a dialect: the same logic for SQLite and PostgreSQL. It runs no stage and reads only read. */
import { isStale, markBriefFailed, saveBrief, staleStories, storyForBrief } from './briefs.js';
import { ClusterState } from './cluster-state.js';
import type { Dialect } from './dialect.js';
import type { NormalisedStoreOptions } from './options.js';
import {
  counts,
  findStory,
  getArticle,
  listStories,
  storyDetail,
  storyMatches,
  storyOutlets,
} from './read.js';
import { briefVersion, changesOfIngest, changesSince, storyVersions } from './history.js';
import { storyItem } from './story-row.js';
import {
  addWatch,
  claimAlert,
  deleteWatch,
  getWatch,
  listWatches,
  raiseAlert,
  settleAlert,
  watchAlerts,
} from './watches.js';
import type { StoreHealth, StoreRepository, StoryDetail } from './types.js';
import { writeArticle, writeArticles } from './write.js';
import { feedRepository } from './feeds.js';
import {
  getStoryline,
  pendingStorylines,
  saveStoryline,
  saveStorylines,
  saveStorySummaries,
  saveStorySummary,
  storyForStoryline,
  storySummaries,
} from './storylines.js';

export function createRepository(
  dialect: Dialect,
  options: NormalisedStoreOptions,
  schemaVersion: number,
): StoreRepository {
  const state = new ClusterState(options.clusterer);
  return {
    kind: dialect.kind,
    schemaVersion,
    add: (record) => writeArticle(dialect, state, record),
    addMany: (records) => writeArticles(dialect, state, records),
    listStories: (query) => listStories(dialect, query),
    async getStory(id): Promise<StoryDetail | undefined> {
      const row = await findStory(dialect, id);
      return row ? storyDetail(dialect, row) : undefined;
    },
    getArticle: (id) => getArticle(dialect, id),
    getStoryline: (id) => getStoryline(dialect, id),
    async health(): Promise<StoreHealth> {
      try {
        return { ok: true, kind: dialect.kind, schemaVersion, ...(await counts(dialect)) };
      } catch {
        return { ok: false, kind: dialect.kind, schemaVersion, articles: 0, stories: 0 };
      }
    },
    staleStories: () => staleStories(dialect),
    storyForBrief: (id) => storyForBrief(dialect, id),
    async claimBrief(id, fn, wait) {
      const claimed = await dialect.claim(
        `brief:${id}`,
        async () => ((await isStale(dialect, id)) ? { value: await fn() } : ('fresh' as const)),
        wait,
      );
      return 'busy' in claimed ? 'busy' : claimed.value;
    },
    saveBrief: (id, version, brief) => saveBrief(dialect, id, version, brief),
    markBriefFailed: (id, reason) => markBriefFailed(dialect, id, reason),
    async claimStorylines(fn, wait = true) {
      const claimed = await dialect.claim('storylines', fn, wait);
      return 'busy' in claimed ? 'busy' : claimed;
    },
    pendingStorylines: () => pendingStorylines(dialect),
    storyForStoryline: (id) => storyForStoryline(dialect, id),
    saveStorySummary: (id, version, summary) => saveStorySummary(dialect, id, version, summary),
    saveStorySummaries: (items) => saveStorySummaries(dialect, items),
    storySummaries: (range) => storySummaries(dialect, range),
    saveStoryline: (id, version, continues) => saveStoryline(dialect, id, version, continues),
    saveStorylines: (items) => saveStorylines(dialect, items),
    storyVersions: (id) => storyVersions(dialect, id),
    briefVersion: (id, version) => briefVersion(dialect, id, version),
    async changesSince(id, since) {
      const row = await findStory(dialect, id);
      return row ? changesSince(dialect, String(row.id), since) : undefined;
    },
    changesOfIngest: (story, added) => changesOfIngest(dialect, story, added),
    async liveStory(id) {
      const row = await findStory(dialect, id);
      return row ? storyItem(row) : undefined;
    },
    storyOutlets: (story) => storyOutlets(dialect, story),
    storyMatches: (story, query) => storyMatches(dialect, story, query),
    addWatch: (watch) => addWatch(dialect, watch),
    listWatches: () => listWatches(dialect),
    getWatch: (id) => getWatch(dialect, id),
    deleteWatch: (id) => deleteWatch(dialect, id),
    watchAlerts: (id, limit) => watchAlerts(dialect, id, limit),
    raiseAlert: (alert) => raiseAlert(dialect, alert),
    claimAlert: (now, leaseMs) => claimAlert(dialect, now, leaseMs),
    settleAlert: (key, outcome) => settleAlert(dialect, key, outcome),
    feeds: feedRepository(dialect),
    close: () => dialect.close(),
  };
}
