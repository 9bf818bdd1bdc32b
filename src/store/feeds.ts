/**
 * The feeds the watcher follows (issue 16), with their polling state, and the items seen in each (keyed by feed and
 * the item's guid, else its URL), so an item is fetched once and a failed page is retried later. Times are ISO 8601
 * strings the caller gives (the watcher's clock), never read here.
 */
import { num, optStr, str, type Dialect, type Row } from './dialect.js';

/** A followed feed and how its last polls went. */
export interface FeedState {
  readonly url: string;
  readonly addedAt: string;
  /** Validators of the last 200 response, sent back as If-None-Match / If-Modified-Since. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** When the feed was last polled (whatever the outcome), and the HTTP status then (null: no response). */
  readonly lastPoll: string | null;
  readonly lastStatus: number | null;
  /** Why the last poll failed (null when it did not). */
  readonly lastError: string | null;
  /** Polls failed in a row (0 after a good one). */
  readonly failures: number;
  /** Not polled again before this time (after a failure), null when due at the next interval. */
  readonly nextRetry: string | null;
  /** Items seen in the feed so far (every guid or URL counted once). */
  readonly itemsSeen: number;
}

/** What one poll of a feed changes. */
export interface FeedPoll {
  readonly at: string;
  readonly status: number | null;
  /** New validators; undefined keeps the stored ones (a 304 or a failure). */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly error: string | null;
  readonly nextRetry: string | null;
}

/**
 * How an item turned out: stored or a duplicate of a stored article (done), failed with a reason that may pass
 * (retried at `nextRetry`), or refused (a reason that will not pass: too large, wrong type, disallowed, empty).
 */
export type FeedItemStatus = 'stored' | 'duplicate' | 'failed' | 'refused';

export interface FeedItem {
  readonly feed: string;
  /** The item's guid, else its URL. */
  readonly key: string;
  /** The page fetched for it (null: the item had no link; its own text was used). */
  readonly url: string | null;
  readonly status: FeedItemStatus;
  /** The stored article (for `stored`), or the article it duplicates. */
  readonly article: string | null;
  readonly error: string | null;
  readonly attempts: number;
  readonly nextRetry: string | null;
  readonly seenAt: string;
}

/** The feed side of the repository. */
export interface FeedRepository {
  /** Follows a feed; false when it was already followed (its state is kept). */
  addFeed(url: string, at: string): Promise<boolean>;
  /** Stops following a feed and forgets its items; false when it was not followed. */
  removeFeed(url: string): Promise<boolean>;
  /** Every followed feed, by URL. */
  listFeeds(): Promise<readonly FeedState[]>;
  getFeed(url: string): Promise<FeedState | undefined>;
  /** Records one poll (a 304 changes only the poll time and status). */
  savePoll(url: string, poll: FeedPoll): Promise<void>;
  /** The items of `keys` already seen in the feed. */
  seenItems(feed: string, keys: readonly string[]): Promise<ReadonlyMap<string, FeedItem>>;
  /** Records (or updates) an item; a new key adds one to the feed's `itemsSeen`. */
  saveItem(item: FeedItem): Promise<void>;
  /** Failed items of the feed due again at `at` (next retry not later), by key. */
  dueItems(feed: string, at: string): Promise<readonly FeedItem[]>;
}

const FEED_COLUMNS =
  'url, added_at, etag, last_modified, last_poll, last_status, last_error, failures, next_retry, items_seen';
const ITEM_COLUMNS = 'feed, item_key, url, status, article, error, attempts, next_retry, seen_at';

function feedRow(row: Row): FeedState {
  return {
    url: str(row.url),
    addedAt: str(row.added_at),
    etag: optStr(row.etag),
    lastModified: optStr(row.last_modified),
    lastPoll: optStr(row.last_poll),
    lastStatus: row.last_status === null || row.last_status === undefined ? null : num(row.last_status),
    lastError: optStr(row.last_error),
    failures: num(row.failures),
    nextRetry: optStr(row.next_retry),
    itemsSeen: num(row.items_seen),
  };
}

const STATUSES: ReadonlySet<string> = new Set(['stored', 'duplicate', 'failed', 'refused']);

function itemRow(row: Row): FeedItem {
  const status = str(row.status);
  return {
    feed: str(row.feed),
    key: str(row.item_key),
    url: optStr(row.url),
    status: STATUSES.has(status) ? (status as FeedItemStatus) : 'failed',
    article: optStr(row.article),
    error: optStr(row.error),
    attempts: num(row.attempts),
    nextRetry: optStr(row.next_retry),
    seenAt: str(row.seen_at),
  };
}

/** Placeholders for `n` values: `?, ?, ?`. */
const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** Keys are looked up this many at a time (well under both databases' parameter limits). */
const KEY_CHUNK = 200;

export function feedRepository(dialect: Dialect): FeedRepository {
  return {
    addFeed: (url, at) =>
      dialect.locked(async (tx) => {
        if ((await tx.all('SELECT 1 AS x FROM feeds WHERE url = ?', [url])).length > 0) return false;
        await tx.run('INSERT INTO feeds (url, added_at, failures, items_seen) VALUES (?, ?, 0, 0)', [
          url,
          at,
        ]);
        return true;
      }),
    removeFeed: (url) =>
      dialect.locked(async (tx) => {
        if ((await tx.all('SELECT 1 AS x FROM feeds WHERE url = ?', [url])).length === 0) return false;
        await tx.run('DELETE FROM feed_items WHERE feed = ?', [url]);
        await tx.run('DELETE FROM feeds WHERE url = ?', [url]);
        return true;
      }),
    listFeeds: async () => (await dialect.all(`SELECT ${FEED_COLUMNS} FROM feeds ORDER BY url`)).map(feedRow),
    async getFeed(url) {
      const [row] = await dialect.all(`SELECT ${FEED_COLUMNS} FROM feeds WHERE url = ?`, [url]);
      return row ? feedRow(row) : undefined;
    },
    savePoll: (url, poll) =>
      dialect.locked(async (tx) => {
        const failed = poll.error !== null;
        const sets = [
          'last_poll = ?',
          'last_status = ?',
          'last_error = ?',
          'next_retry = ?',
          failed ? 'failures = failures + 1' : 'failures = 0',
        ];
        const params: unknown[] = [poll.at, poll.status, poll.error, poll.nextRetry];
        if (poll.etag !== undefined) {
          sets.push('etag = ?');
          params.push(poll.etag);
        }
        if (poll.lastModified !== undefined) {
          sets.push('last_modified = ?');
          params.push(poll.lastModified);
        }
        await tx.run(`UPDATE feeds SET ${sets.join(', ')} WHERE url = ?`, [...params, url]);
      }),
    async seenItems(feed, keys) {
      const found = new Map<string, FeedItem>();
      for (let at = 0; at < keys.length; at += KEY_CHUNK) {
        const chunk = keys.slice(at, at + KEY_CHUNK);
        const rows = await dialect.all(
          `SELECT ${ITEM_COLUMNS} FROM feed_items WHERE feed = ? AND item_key IN (${marks(chunk.length)})`,
          [feed, ...chunk],
        );
        for (const row of rows) found.set(str(row.item_key), itemRow(row));
      }
      return found;
    },
    saveItem: (item) =>
      dialect.locked(async (tx) => {
        const values = [
          item.url,
          item.status,
          item.article,
          item.error,
          item.attempts,
          item.nextRetry,
          item.seenAt,
        ];
        const known = await tx.all('SELECT 1 AS x FROM feed_items WHERE feed = ? AND item_key = ?', [
          item.feed,
          item.key,
        ]);
        if (known.length > 0) {
          await tx.run(
            `UPDATE feed_items SET url = ?, status = ?, article = ?, error = ?, attempts = ?, next_retry = ?,
               seen_at = ? WHERE feed = ? AND item_key = ?`,
            [...values, item.feed, item.key],
          );
          return;
        }
        await tx.run(`INSERT INTO feed_items (${ITEM_COLUMNS}) VALUES (${marks(9)})`, [
          item.feed,
          item.key,
          ...values,
        ]);
        await tx.run('UPDATE feeds SET items_seen = items_seen + 1 WHERE url = ?', [item.feed]);
      }),
    dueItems: async (feed, at) =>
      (
        await dialect.all(
          `SELECT ${ITEM_COLUMNS} FROM feed_items WHERE feed = ? AND status = 'failed'
             AND (next_retry IS NULL OR next_retry <= ?) ORDER BY item_key`,
          [feed, at],
        )
      ).map(itemRow),
  };
}
