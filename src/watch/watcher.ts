/**
 * The watcher (issue 16): polls the feeds the store follows, fetches the page of every new item politely, and
 * stores them through the ingest flow (de-duplicated, clustered, briefed). A feed or page that fails is reported
 * and tried again later (backoff per feed, bounded attempts per page); it never holds up the others.
 */
import { messageOf, type Result } from '../core/result.js';
import type { SourceDocument } from '../core/types.js';
import { openInputReader, type InputReader, type ReadingOptions } from '../ingest/index.js';
import type { LagebildStore } from '../flows/store.js';
import { Mutex } from '../store/dialect.js';
import type { FeedItem, FeedState } from '../store/feeds.js';
import { systemClock, type Clock } from './clock.js';
import { PoliteFetcher, type Fetched, type FetchResult } from './http.js';
import { readFeed, type FeedRead, type WatchItem } from './items.js';
import { HostLimiter } from './limits.js';
import { itemDocument, pageDocument, PAGE_TYPES } from './page.js';
import type { FeedPayload, PagePayload } from './readers.js';

/** Options as a user gives them; every field is optional. */
export interface WatchOptions {
  /** How often each feed is polled (default 10 minutes). */
  readonly intervalMs?: number;
  /** Requests at the same time to one host (default 1). */
  readonly perHost?: number;
  /** Least time between the starts of two requests to one host (default 1 s). */
  readonly hostDelayMs?: number;
  /** Requests at the same time over all hosts (default 8). */
  readonly maxConcurrent?: number;
  /** Time for one request, body included (default 30 s). */
  readonly timeoutMs?: number;
  /** Attempts after the first, within one poll, for failures that may pass (default 2). */
  readonly retries?: number;
  /** Wait before the first of those retries, doubled for each next one (default 1 s). */
  readonly backoffMs?: number;
  /** Largest feed or page (default 5 MB). */
  readonly maxBytes?: number;
  /** Redirects followed per request (default 5). */
  readonly maxRedirects?: number;
  /** Polls at which a failed page is fetched before it is given up (default 3). */
  readonly itemAttempts?: number;
  /** First wait before a failed feed or page is tried again at a later poll, doubled per failure (default 1 min). */
  readonly retryLaterMs?: number;
  /** Longest such wait (default 6 h). */
  readonly maxRetryLaterMs?: number;
  /** `Lagebild/<version> (+<contact>)`. */
  readonly userAgent?: string;
  /** Time: tests pass a clock whose `sleep` does not wait. */
  readonly clock?: Clock;
  /**
   * How fetched pages and feeds are read (issue 17): one of `isolateFromBytes` bytes or more (default 16 KB) in a
   * worker thread (`workerUrl`, default the built read-worker.js beside this module; `lagebild watch` gives the
   * commands' worker, which also guards the cleaning and analysis of pages of 64 K characters or more) under
   * `budgetMs` (default 60 s) and `maxMemoryMb` (default 512); one over them fails alone, as `too slow to read` or
   * `too large to read`. `timer` and `onStage` are for tests.
   */
  readonly reading?: ReadingOptions;
}

export type NormalisedWatchOptions = Required<WatchOptions>;

export const DEFAULT_USER_AGENT = 'Lagebild (+https://www.npmjs.com/package/lagebild)';

export const WATCH_DEFAULTS: Omit<NormalisedWatchOptions, 'clock'> = {
  intervalMs: 10 * 60_000,
  perHost: 1,
  hostDelayMs: 1000,
  maxConcurrent: 8,
  timeoutMs: 30_000,
  retries: 2,
  backoffMs: 1000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  itemAttempts: 3,
  retryLaterMs: 60_000,
  maxRetryLaterMs: 6 * 3_600_000,
  userAgent: DEFAULT_USER_AGENT,
  reading: {},
};

/** The worker script the watcher reads pages and feeds in by default (read-worker.ts; JavaScript in a build). */
export const WATCH_WORKER_URL = new URL('./read-worker.js', import.meta.url);

export function normaliseWatchOptions(options: WatchOptions = {}): NormalisedWatchOptions {
  const o = { ...WATCH_DEFAULTS, clock: systemClock, ...options };
  const whole = (value: number, what: string, min: number): void => {
    if (!Number.isSafeInteger(value) || value < min)
      throw new RangeError(`${what} must be a whole number of at least ${String(min)}, not ${String(value)}`);
  };
  whole(o.intervalMs, 'the interval (ms)', 1);
  whole(o.perHost, 'requests per host', 1);
  whole(o.hostDelayMs, 'the delay between requests to one host (ms)', 0);
  whole(o.maxConcurrent, 'requests at the same time', 1);
  whole(o.timeoutMs, 'the timeout (ms)', 1);
  whole(o.retries, 'retries', 0);
  whole(o.backoffMs, 'the backoff (ms)', 0);
  whole(o.maxBytes, 'the size limit (bytes)', 1);
  whole(o.maxRedirects, 'redirects', 0);
  whole(o.itemAttempts, 'attempts per page', 1);
  whole(o.retryLaterMs, 'the later retry (ms)', 0);
  whole(o.maxRetryLaterMs, 'the longest later retry (ms)', 0);
  if (o.userAgent.trim() === '') throw new RangeError('the user agent must not be empty');
  return o;
}

/** One feed or page that failed in a poll, and why. */
export interface WatchFailure {
  readonly url: string;
  readonly reason: string;
}

/** How one poll went. */
export interface PollReport {
  /** Feeds followed, and those polled this time (due, or all with `all`). */
  readonly feeds: number;
  readonly polled: number;
  /** Feeds that answered 304 Not Modified. */
  readonly notModified: number;
  /** Items handled: new ones, and failed ones tried again. */
  readonly items: number;
  readonly added: number;
  readonly duplicates: number;
  /** Stories that gained an article. */
  readonly stories: readonly string[];
  readonly failures: readonly WatchFailure[];
  /** Stopped (shutdown) before every feed was done: what was not finished is done at the next run. */
  readonly stopped: boolean;
}

/** What the watcher needs of the store. */
export type WatchStore = Pick<LagebildStore, 'feeds' | 'ingest'>;

/** Media types a feed or sitemap may have ('' = none sent: the content decides). */
const FEED_TYPES: ReadonlySet<string> = new Set([
  '',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
  'text/plain',
  'application/octet-stream',
]);
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5';

interface ItemOutcome {
  readonly item: FeedItem;
  readonly failure?: WatchFailure;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export class Watcher {
  readonly options: NormalisedWatchOptions;
  private readonly fetcher: PoliteFetcher;
  private readonly clock: Clock;
  /** One ingest at a time (the store writes one article at a time anyway; briefs are refreshed once per batch). */
  private readonly ingesting = new Mutex();
  /** Reads fetched pages and feeds (large ones in a worker thread under the limits); workers start when needed. */
  private readonly reader: InputReader;
  private polls = 0;

  constructor(
    private readonly store: WatchStore,
    options: WatchOptions = {},
  ) {
    this.options = normaliseWatchOptions(options);
    const o = this.options;
    this.clock = o.clock;
    this.reader = openInputReader({ workerUrl: WATCH_WORKER_URL, ...o.reading });
    const limiter = new HostLimiter(o.perHost, o.hostDelayMs, o.maxConcurrent, o.clock);
    this.fetcher = new PoliteFetcher(
      {
        userAgent: o.userAgent,
        robotsToken: 'lagebild',
        timeoutMs: o.timeoutMs,
        retries: o.retries,
        backoffMs: o.backoffMs,
        maxBytes: o.maxBytes,
        maxRedirects: o.maxRedirects,
        robotsTtlMs: 24 * 3_600_000,
      },
      limiter,
      o.clock,
    );
  }

  /** Ends the worker threads that read pages and feeds (call it when done with the watcher). */
  close(): Promise<void> {
    return this.reader.close();
  }

  /** A fetched feed's items: in a worker from `isolateFromBytes`; over the limits, a whole-feed problem. */
  private async readFeed(url: string, bytes: Uint8Array, charset: string | undefined): Promise<FeedRead> {
    const payload: FeedPayload = { bytes, charset };
    const result = await this.reader.named(url, { name: 'feed', payload }, bytes.length, () => ({
      outcome: { pending: [], errors: [] },
      value: readFeed(bytes, charset),
    }));
    const stopped = result.outcome.errors[0];
    if (stopped !== undefined || result.value === undefined)
      return { kind: undefined, items: [], problems: [{ reason: stopped?.reason ?? 'could not be read' }] };
    return result.value as FeedRead;
  }

  /** A fetched page as a document: in a worker from `isolateFromBytes`; over the limits, the page's error. */
  private async readPage(page: Fetched, item: WatchItem): Promise<Result<SourceDocument>> {
    const payload: PagePayload = {
      page: { url: page.url, mediaType: page.mediaType, charset: page.charset, bytes: page.bytes },
      item,
    };
    const result = await this.reader.named(page.url, { name: 'page', payload }, page.bytes.length, () => ({
      outcome: { pending: [], errors: [] },
      value: pageDocument(page, item),
    }));
    const stopped = result.outcome.errors[0];
    if (stopped !== undefined || result.value === undefined)
      return { ok: false, problem: { file: page.url, reason: stopped?.reason ?? 'could not be read' } };
    return result.value as Result<SourceDocument>;
  }

  /** Polls the feeds that are due (every one with `all`), each on its own: one failing never holds up the others. */
  async poll(signal?: AbortSignal, all = false): Promise<PollReport> {
    this.polls++;
    const now = this.clock.now();
    const feeds = await this.store.feeds.listFeeds();
    const due = all ? feeds : feeds.filter((f) => this.dueAt(f) <= now);
    const results = await Promise.all(
      due.map((feed) =>
        this.pollFeed(feed, signal).catch((error: unknown) => ({
          notModified: false,
          items: 0,
          added: 0,
          duplicates: 0,
          stories: [],
          failures: [{ url: feed.url, reason: `not recorded: ${messageOf(error)}` }],
        })),
      ),
    );
    const failures = results.flatMap((r) => r.failures);
    return {
      feeds: feeds.length,
      polled: due.length,
      notModified: results.filter((r) => r.notModified).length,
      items: results.reduce((n, r) => n + r.items, 0),
      added: results.reduce((n, r) => n + r.added, 0),
      duplicates: results.reduce((n, r) => n + r.duplicates, 0),
      stories: [...new Set(results.flatMap((r) => r.stories))].sort(),
      failures,
      stopped: signal?.aborted === true,
    };
  }

  /** Polls until `signal` aborts; after each poll, sleeps until the next feed is due (at most one interval). */
  async run(signal: AbortSignal, onPoll: (report: PollReport, n: number) => void): Promise<void> {
    while (!signal.aborted) {
      const report = await this.poll(signal);
      if (signal.aborted) break;
      if (report.polled > 0) onPoll(report, this.polls);
      const feeds = await this.store.feeds.listFeeds();
      const now = this.clock.now();
      const next = Math.min(now + this.options.intervalMs, ...feeds.map((f) => this.dueAt(f)));
      // at least a second between rounds, so a feed that is always due cannot spin
      await this.clock.sleep(Math.max(1000, next - now), signal);
    }
  }

  /** When a feed is due: now when never polled; at its next retry after a failure; else one interval after its poll. */
  dueAt(feed: FeedState): number {
    if (feed.nextRetry !== null) return Date.parse(feed.nextRetry);
    if (feed.lastPoll === null) return 0;
    return Date.parse(feed.lastPoll) + this.options.intervalMs;
  }

  /** The wait before the `n`th later attempt (n ≥ 1): doubling from `retryLaterMs`, capped. */
  private later(n: number): number {
    return Math.min(this.options.maxRetryLaterMs, this.options.retryLaterMs * 2 ** Math.max(0, n - 1));
  }

  private async pollFeed(
    feed: FeedState,
    signal: AbortSignal | undefined,
  ): Promise<{
    notModified: boolean;
    items: number;
    added: number;
    duplicates: number;
    stories: string[];
    failures: WatchFailure[];
  }> {
    const failures: WatchFailure[] = [];
    const empty = { notModified: false, items: 0, added: 0, duplicates: 0, stories: [], failures };
    let result: FetchResult;
    try {
      result = await this.fetcher.get(
        {
          url: feed.url,
          accept: FEED_ACCEPT,
          acceptsType: (type) => FEED_TYPES.has(type),
          what: 'a feed',
          etag: feed.etag,
          lastModified: feed.lastModified,
        },
        signal,
      );
    } catch (error) {
      result = { kind: 'failed', reason: messageOf(error), retryable: true, status: null };
    }
    if (result.kind === 'stopped') return empty;
    const at = iso(this.clock.now());
    let fresh: readonly WatchItem[] = [];
    if (result.kind === 'failed') {
      failures.push({ url: feed.url, reason: result.reason });
      await this.store.feeds.savePoll(feed.url, {
        at,
        status: result.status,
        error: result.reason,
        nextRetry: iso(this.clock.now() + this.later(feed.failures + 1)),
      });
    } else if (result.kind === 'not-modified') {
      await this.store.feeds.savePoll(feed.url, { at, status: 304, error: null, nextRetry: null });
    } else {
      const read = await this.readFeed(feed.url, result.bytes, result.charset);
      const whole = read.problems.find((p) => p.n === undefined);
      for (const p of read.problems)
        failures.push({ url: p.n === undefined ? feed.url : `${feed.url}#${String(p.n)}`, reason: p.reason });
      const unusable = read.items.length === 0 && whole !== undefined;
      await this.store.feeds.savePoll(feed.url, {
        at,
        status: result.status,
        // validators only of a feed that was read: a broken one is fetched in full again
        ...(unusable ? {} : { etag: result.etag, lastModified: result.lastModified }),
        error: unusable ? whole.reason : null,
        nextRetry: unusable ? iso(this.clock.now() + this.later(feed.failures + 1)) : null,
      });
      const seen = await this.store.feeds.seenItems(
        feed.url,
        read.items.map((i) => i.key),
      );
      fresh = read.items.filter((i) => !seen.has(i.key));
    }
    // pages that failed at an earlier poll and are due again, unless the feed lists them anew
    const keys = new Set(fresh.map((i) => i.key));
    const retried = (await this.store.feeds.dueItems(feed.url, at)).filter((i) => !keys.has(i.key));
    const outcome = await this.handleItems(feed.url, fresh, retried, signal);
    return {
      notModified: result.kind === 'not-modified',
      ...outcome,
      failures: [...failures, ...outcome.failures],
    };
  }

  /** Fetches the pages of the items (in parallel, within the host limits), stores them, records each item. */
  private async handleItems(
    feedUrl: string,
    fresh: readonly WatchItem[],
    retried: readonly FeedItem[],
    signal: AbortSignal | undefined,
  ): Promise<{
    items: number;
    added: number;
    duplicates: number;
    stories: string[];
    failures: WatchFailure[];
  }> {
    const earlier = new Map(retried.map((i) => [i.key, i]));
    const items: WatchItem[] = [
      ...fresh,
      ...retried.map((i): WatchItem => ({ key: i.key, ...(i.url !== null ? { url: i.url } : {}), meta: {} })),
    ];
    const got = await Promise.all(items.map((item) => this.document(feedUrl, item, signal)));
    const outcomes: ItemOutcome[] = [];
    const documents: { item: WatchItem; document: SourceDocument; attempts: number }[] = [];
    const at = iso(this.clock.now());
    items.forEach((item, i) => {
      const result = got[i];
      if (!result || result.kind === 'stopped') return; // not recorded: fetched at the next run
      const attempts = (earlier.get(item.key)?.attempts ?? 0) + 1;
      const base = { feed: feedUrl, key: item.key, url: item.url ?? null, attempts, seenAt: at };
      if (result.kind === 'document') {
        documents.push({ item, document: result.document, attempts });
        return;
      }
      const retry = result.retryable && attempts < this.options.itemAttempts;
      const reason =
        retry || !result.retryable
          ? result.reason
          : `${result.reason}; given up after ${String(attempts)} polls`;
      outcomes.push({
        item: {
          ...base,
          status: retry ? 'failed' : 'refused',
          article: null,
          error: reason,
          nextRetry: retry ? iso(this.clock.now() + this.later(attempts)) : null,
        },
        failure: { url: item.url ?? `${feedUrl}#${item.key}`, reason },
      });
    });
    let added = 0;
    let duplicates = 0;
    const stories: string[] = [];
    const failures: WatchFailure[] = [];
    if (documents.length > 0) {
      const stored = await this.ingest(documents.map((d) => d.document));
      for (const { item, document, attempts } of documents) {
        const base = {
          feed: feedUrl,
          key: item.key,
          url: item.url ?? null,
          attempts,
          seenAt: at,
          nextRetry: null,
        };
        const added1 = stored.added.find((a) => a.id === document.id || a.id.startsWith(`${document.id}-`));
        const duplicate = stored.duplicates.find((d) => d.id === document.id);
        const problem = stored.failed.find((f) => f.file === document.file);
        if (added1) {
          added++;
          stories.push(added1.story);
          outcomes.push({ item: { ...base, status: 'stored', article: added1.id, error: null } });
        } else if (duplicate) {
          duplicates++;
          outcomes.push({ item: { ...base, status: 'duplicate', article: duplicate.of, error: null } });
        } else {
          const reason = problem?.reason ?? 'not stored (the ingest said nothing of it)';
          outcomes.push({
            item: { ...base, status: 'refused', article: null, error: reason },
            failure: { url: document.file ?? item.url ?? feedUrl, reason },
          });
        }
      }
      // what the ingest reports beyond the documents (a brief or storyline that could not be made)
      const files = new Set(documents.map((d) => d.document.file));
      for (const f of stored.failed) if (!files.has(f.file)) failures.push({ url: f.file, reason: f.reason });
    }
    for (const o of outcomes) {
      await this.store.feeds.saveItem(o.item);
      if (o.failure) failures.push(o.failure);
    }
    return { items: outcomes.length, added, duplicates, stories, failures };
  }

  private async ingest(documents: readonly SourceDocument[]): ReturnType<WatchStore['ingest']> {
    try {
      return await this.ingesting.run(() => this.store.ingest(documents));
    } catch (error) {
      const reason = `not stored: ${messageOf(error)}`;
      return { added: [], duplicates: [], failed: documents.map((d) => ({ file: d.file ?? d.id, reason })) };
    }
  }

  /** The item's page as a document (or the item's own text when it has no link), or why not. */
  private async document(
    feedUrl: string,
    item: WatchItem,
    signal: AbortSignal | undefined,
  ): Promise<
    | { kind: 'document'; document: SourceDocument }
    | { kind: 'failed'; reason: string; retryable: boolean }
    | { kind: 'stopped' }
  > {
    if (item.url === undefined) {
      const own = itemDocument(feedUrl, item);
      return own.ok
        ? { kind: 'document', document: own.value }
        : { kind: 'failed', reason: own.problem.reason, retryable: false };
    }
    const page = await this.fetcher.get(
      {
        url: item.url,
        accept: PAGE_ACCEPT,
        acceptsType: (t) => t === '' || PAGE_TYPES.has(t),
        what: 'an article page',
      },
      signal,
    );
    if (page.kind === 'stopped') return page;
    if (page.kind === 'failed') return { kind: 'failed', reason: page.reason, retryable: page.retryable };
    if (page.kind === 'not-modified')
      return { kind: 'failed', reason: 'HTTP 304 without a condition', retryable: true };
    const doc = await this.readPage(page, item);
    return doc.ok
      ? { kind: 'document', document: doc.value }
      : { kind: 'failed', reason: doc.problem.reason, retryable: false };
  }
}
