/**
 * The watcher (issue 16): `lagebild watch` and `lagebild serve --watch` follow RSS, Atom, JSON Feed and news
 * sitemaps, fetch each new item's page politely and store it through the ingest flow. See docs/watch.md.
 */
export {
  DEFAULT_USER_AGENT,
  normaliseWatchOptions,
  Watcher,
  WATCH_DEFAULTS,
  type NormalisedWatchOptions,
  type PollReport,
  type WatchFailure,
  type WatchOptions,
  type WatchStore,
} from './watcher.js';
export { formatDuration, parseDuration, systemClock, type Clock } from './clock.js';
export { parseRobots, type Robots } from './robots.js';
export { readFeed, parseSitemap, type FeedRead, type WatchItem } from './items.js';
export { articleId } from './page.js';
