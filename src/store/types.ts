/**
 * The contract of the store (issue 6): what the CLI (`lagebild ingest`) and the HTTP server use (`Store`, which
 * the ingest flow in src/flows implements over the repository), and the repository itself (`StoreRepository`:
 * SQLite and PostgreSQL with the same behaviour). The store runs no stage: it keeps what the flows give it.
 * Fields may be added, never renamed.
 */
import type { Brief } from '../brief/types.js';
import type { AnalysedArticle, ArticleKind, InputError, Sentence, SourceDocument } from '../core/types.js';
import type { FeedRepository } from './feeds.js';

export interface StoryListItem {
  readonly id: string;
  readonly headline: string;
  /**
   * Number of independent sources: the distinct publishers by the one publisher rule (src/lang/publisher.ts; the
   * brief's publishers once it has one); an article whose outlet is unknown counts none.
   */
  readonly sources: number;
  /** The independent publishers, each once, in article order. */
  readonly outlets: readonly string[];
  /** Articles whose outlet is unknown (shown as unknown, never counted as a source). */
  readonly unknownOutlets: number;
  /** How many articles of each kind the story's brief has; null before its first brief. */
  readonly kinds: Readonly<Partial<Record<ArticleKind, number>>> | null;
  readonly articles: number;
  readonly languages: readonly string[];
  /** ISO 8601 of the earliest / latest article of the story. */
  readonly first: string | null;
  readonly last: string | null;
  /** When the story last changed in the store (ISO 8601). */
  readonly updated: string;
  /**
   * The story's news time, which orders the list: the latest publication date of its articles (`dated`), else,
   * when none of them has one, when its latest article was stored (`dated: false`, shown as such).
   */
  readonly news: string;
  readonly dated: boolean;
  /**
   * The storyline the story belongs to: the id of the storyline's first story (the story's own id when it starts
   * one, or while it has not been linked yet). See `Storyline`.
   */
  readonly storyline: string;
}

/** A story as a chapter of its storyline. */
export interface StorylineChapter extends StoryListItem {
  /** The earlier story this one continues (null for the storyline's first story), with the similarity. */
  readonly continues: string | null;
  readonly score: number | null;
}

/**
 * Stories linked across days (issue 13): a story that went quiet and continued later, beyond the clustering window.
 * Chapters in time order (by their first article).
 */
export interface Storyline {
  readonly id: string;
  readonly chapters: readonly StorylineChapter[];
}

export interface StoryQuery {
  readonly limit: number;
  readonly offset: number;
  /** Full-text search over the articles of the story. */
  readonly q?: string;
  /** Only stories with at least one article in this language (a tag; `de-AT` counts as `de`). */
  readonly lang?: string;
  /** Only stories with at least this many independent sources (`sources`). */
  readonly minSources?: number;
  /** Only stories whose news time is at or after `since` / before `until` (ISO 8601, compared as text). */
  readonly since?: string;
  readonly until?: string;
}

export interface StoryPage {
  readonly items: readonly StoryListItem[];
  readonly total: number;
}

export interface StoredArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly language: string;
  readonly story: string | null;
}

export interface StoredArticle extends StoredArticleSummary {
  /** The cleaned text every offset refers to. */
  readonly text: string;
  readonly addedAt: string;
}

export interface StoryDetail {
  readonly story: StoryListItem;
  /** The brief with its analysis; null while the story has not been summarised yet. */
  readonly brief: Brief | null;
  /**
   * True when the story changed since `brief` was made (its refresh is pending, or failed: see `briefError`).
   * Reading never recomputes a brief; the ingest flow refreshes briefs after storing articles.
   */
  readonly stale: boolean;
  /** Why the last refresh of the brief failed (null when it did not). */
  readonly briefError: string | null;
  readonly articles: readonly StoredArticleSummary[];
  /** The story's storyline: its earlier and later chapters (the story itself among them). */
  readonly storyline: Storyline;
}

export interface DuplicateArticle {
  readonly id: string;
  readonly file?: string;
  /** The article already stored. */
  readonly of: string;
  readonly reason: 'url' | 'content';
}

export interface IngestOutcome {
  readonly added: readonly { readonly id: string; readonly story: string }[];
  readonly duplicates: readonly DuplicateArticle[];
  readonly failed: readonly InputError[];
}

export interface StoreHealth {
  readonly ok: boolean;
  readonly kind: 'sqlite' | 'postgres';
  readonly schemaVersion: number;
  readonly articles: number;
  readonly stories: number;
}

/** How an ingest is going: documents done of all, and how those done turned out so far. */
export interface IngestCounts {
  readonly added: number;
  readonly duplicates: number;
  readonly failed: number;
}

/** `total` is undefined when the documents come as a stream (their number is not known until it ends). */
export type IngestProgress = (done: number, total: number | undefined, counts: IngestCounts) => void;

/** One thing an ingest stream gives: a document, or why an input (or one record of it) could not be used. */
export type IngestItem = { readonly document: SourceDocument } | { readonly error: InputError };

/** An article added to a story since a time, as `changes` lists it (issue 16; field names as in the API). */
export interface ChangedArticle {
  readonly id: string;
  readonly title: string | null;
  /** The publisher the article counts as (src/lang/publisher.ts); null when its outlet is unknown. */
  readonly outlet: string | null;
  readonly published: string | null;
  /** The article's kind in the current brief (report, preview, opinion, …); null when the brief lacks it. */
  readonly kind: string | null;
  readonly added_at: string;
}

/** A brief line that is new or changed relative to an earlier version. */
export interface ChangedLine {
  readonly text: string;
  /** The line's source span. */
  readonly article: string;
  readonly start: number;
  readonly end: number;
  /** Ids of the other articles that report it. */
  readonly support: readonly string[];
  /** The publishers of the line's article and of its support, distinct, in that order (unknown ones left out). */
  readonly sources: readonly string[];
  readonly status: 'new' | 'changed';
  /** For a changed line, the earlier version's text; null for a new one. */
  readonly previous: string | null;
}

/** `GET /api/stories/:id/changes?since=…`: what is new in a story since a time. */
export interface StoryChanges {
  /** The live story (a merged-away id leads to the story it joined). */
  readonly story: string;
  /** The time asked about, normalised to ISO 8601 UTC. */
  readonly since: string;
  /** The server's time of the answer: pass it as the next `since`. */
  readonly as_of: string;
  /** The story's latest brief version (null while it has none). */
  readonly current_version: number | null;
  /** The last version made at or before `since` (null: none, every line is new). */
  readonly previous_version: number | null;
  readonly articles: readonly ChangedArticle[];
  readonly lines: readonly ChangedLine[];
}

/** A watch with its latest alerts (`GET /api/watches/:id`). */
export interface WatchDetail extends Watch {
  readonly alerts: readonly AlertRecord[];
}

/** How `Store.ingest` goes about the briefs. */
export interface IngestOptions {
  /**
   * `'now'` (default): the briefs of the stories that changed are made again before `ingest` resolves. `'later'`:
   * the articles are stored (and their stories marked stale, in the store) and `completeIngest` does the rest.
   */
  readonly briefs?: 'now' | 'later';
}

/** What the CLI and the server use: the repository's reads, and ingest (the flow in src/flows/ingest.ts). */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Adds documents (each cleaned and analysed once, de-duplicated by URL and content hash, clustered, committed a
   * group at a time so an interruption loses nothing committed); recomputes the briefs of the stories that changed.
   * A stream (documents and read errors as they are read) is stored as it comes; its read errors count as failed.
   */
  ingest(
    documents: readonly SourceDocument[] | AsyncIterable<IngestItem>,
    onProgress?: IngestProgress,
    options?: IngestOptions,
  ): Promise<IngestOutcome>;
  /**
   * After an ingest with `briefs: 'later'`: links storylines, refreshes the brief of every stale story (a story's
   * old brief stays readable until its new one is saved) and raises the alerts for `added`. Returns the problems
   * (a brief that could not be made: `{file: "story <id>", …}`; it is also recorded on the story).
   */
  completeIngest(added: IngestOutcome['added']): Promise<readonly InputError[]>;
  listStories(query: StoryQuery): Promise<StoryPage>;
  getStory(id: string): Promise<StoryDetail | undefined>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** A storyline by its id (the id of its first story); undefined when there is none. */
  getStoryline(id: string): Promise<Storyline | undefined>;
  health(): Promise<StoreHealth>;
  /** What is new in a story after `since` (ISO 8601, normalised); undefined for an unknown story. */
  storyChanges(id: string, since: string): Promise<StoryChanges | undefined>;
  /** A story's own brief versions; undefined for an unknown story. */
  storyVersions(id: string): Promise<StoryVersions | undefined>;
  /** One earlier brief of a story; undefined when there is no such version. */
  briefVersion(id: string, version: number): Promise<BriefVersion | undefined>;
  addWatch(watch: WatchInput): Promise<Watch>;
  listWatches(): Promise<readonly Watch[]>;
  getWatch(id: string): Promise<WatchDetail | undefined>;
  /** False when there was no such watch. */
  deleteWatch(id: string): Promise<boolean>;
  close(): Promise<void>;
}

/** One article as a flow hands it to the store: cleaned and analysed, with its de-duplication keys. */
export interface ArticleRecord {
  /** The document as read (its `id` is the id wanted; the store makes it unique). */
  readonly document: SourceDocument;
  readonly article: AnalysedArticle;
  readonly urlNorm: string | undefined;
  /** `contentHash` of the cleaned text. */
  readonly hash: string;
  /**
   * The publisher the article counts as, by the one rule (src/lang/publisher.ts, text evidence included); '' when
   * its outlet is unknown.
   */
  readonly outlet: string;
}

/** A stored article as the clusterer replays it (the columns it was clustered on). */
export interface ClusterArticle {
  readonly id: string;
  readonly text: string;
  readonly language: string;
  readonly title?: string;
  readonly published?: string;
  readonly url?: string;
  readonly source?: string;
  /** The analysis's sentences, when the article is being added (not on replay). */
  readonly sentences?: readonly Sentence[];
}

/** What the store needs of an assignment (it keeps the whole of it, as JSON, for replay). */
export interface StoryAssignment {
  /** The article assigned (absent in assignments made before splits were reported). */
  readonly article?: string;
  readonly story: string;
  readonly merges: readonly { readonly from: string; readonly into: string }[];
  /** Articles (and duplicates) that left `from` for the new story `into` (see the clusterer's `StorySplit`). */
  readonly splits?: readonly {
    readonly from: string;
    readonly into: string;
    readonly articles: readonly string[];
    readonly duplicates: readonly string[];
  }[];
}

/**
 * What the clusterer worked out of an article before assigning it (its terms, keys, headline): opaque to the store,
 * which keeps `packed` with the article so that replay reads it instead of the text.
 */
export interface ArticleFeatures {
  readonly packed: string;
}

/**
 * The clusterer as the store drives it (given by the flow that opens the store): it assigns each article inside the
 * article's transaction and replays, in order, what other writers stored meanwhile. `features`, when the clusterer
 * has it, runs before the write lock; `add` is then given its result, and `replay` the `packed` form kept (and an
 * article without its text).
 */
export interface StoreClusterer {
  features?(article: ClusterArticle): ArticleFeatures;
  add(article: ClusterArticle, features?: ArticleFeatures): StoryAssignment;
  replay(article: ClusterArticle, assignment: StoryAssignment, packed?: string): void;
}

export type WriteResult =
  | { readonly kind: 'added'; readonly id: string; readonly story: string }
  | { readonly kind: 'duplicate'; readonly duplicate: DuplicateArticle };

/** A story's articles as its brief is made from them (the analysed article kept when it was stored). */
export interface StoryForBrief {
  readonly id: string;
  /** The story's version now: a brief made from these articles is saved only if it is still this. */
  readonly version: number;
  readonly articles: readonly (
    | { readonly analysed: AnalysedArticle }
    /** An article stored before schema version 2 (no analysed article kept): the document as read. */
    | { readonly analysed: null; readonly document: SourceDocument }
  )[];
}

/** A story's articles as its storyline summary is made from them, with the times the clusterer placed them at. */
export interface StoryForStoryline {
  readonly id: string;
  /** The story's version now: a summary or link made from these articles is saved only if it is still this. */
  readonly version: number;
  readonly articles: readonly (
    | { readonly analysed: AnalysedArticle; readonly time: string | null }
    /** An article stored before schema version 2 (no analysed article kept): the document as read. */
    | { readonly analysed: null; readonly document: SourceDocument; readonly time: string | null }
  )[];
}

/**
 * A story's storyline summary as the storyline flow made it (src/cluster/storylines.ts `StorySummary`): the store
 * keeps it as JSON and reads only its id and times (ms since the epoch; null when the story has no time).
 */
export interface StorySummaryRecord {
  readonly id: string;
  readonly first: number | null;
  readonly last: number | null;
}

export interface SummaryRange {
  readonly by: 'first' | 'last';
  readonly from: number;
  readonly to: number;
}

/** One kept version of a story's brief, without the brief (issue 16). */
export interface BriefVersionSummary {
  /** 1, 2, … per story, in the order the briefs were made. */
  readonly version: number;
  /** The story's version (its count of changes) the brief was made at. */
  readonly storyVersion: number;
  /** When the brief was saved (ISO 8601). */
  readonly created: string;
  readonly headline: string;
  /** Number of brief lines. */
  readonly lines: number;
  /** Ids of the articles the story had when the brief was made. */
  readonly articles: readonly string[];
}

export interface BriefVersion extends BriefVersionSummary {
  /** The brief as it was (its articles' texts are the stored articles' cleaned texts). */
  readonly brief: Brief;
}

/** A story's own brief versions, and where its history continues when it was merged. */
export interface StoryVersions {
  readonly story: string;
  /** The story this one was merged into (its later history is there); null for a live story. */
  readonly mergedInto: string | null;
  /** Stories merged into this one (their earlier history is under their own ids). */
  readonly mergedFrom: readonly string[];
  readonly versions: readonly BriefVersionSummary[];
}

/** A stored article as "what is new" lists it. */
export interface AddedArticleRow {
  readonly id: string;
  readonly title: string | null;
  /** The publisher the article counts as (recomputed on read: src/lang/publisher.ts); null when unknown. */
  readonly outlet: string | null;
  readonly published: string | null;
  readonly addedAt: string;
}

/** What a comparison of a story's briefs works on (the briefs without their articles' texts). */
export interface StoryChangesData {
  /** The live story compared (a merged-away id leads to the story it joined). */
  readonly story: string;
  readonly current: { readonly version: number; readonly brief: Brief } | null;
  readonly previous: { readonly version: number; readonly brief: Brief } | null;
  readonly added: readonly AddedArticleRow[];
}

/** A saved search (issue 16): stories matching it raise alerts to its webhook. */
export interface WatchInput {
  /** Full-text search, as `q` of the story list. */
  readonly query: string;
  /** Only stories with an article in this language (ISO 639-1 code). */
  readonly lang: string | null;
  /** Only stories with at least this many independent sources (distinct publishers; unknown outlets count none). */
  readonly minSources: number;
  /** http(s) URL the alerts are POSTed to. */
  readonly webhook: string;
}

export interface Watch extends WatchInput {
  readonly id: string;
  readonly created: string;
  /** The last failed delivery of one of its alerts (null when none failed). */
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
}

export type AlertStatus = 'pending' | 'sending' | 'delivered' | 'failed';

/** One alert: a story that matched a watch when it was created or gained a source. */
export interface AlertRecord {
  readonly watch: string;
  readonly story: string;
  /** The story's number of independent sources when the alert was raised (with watch and story, its key). */
  readonly sources: number;
  readonly created: string;
  readonly status: AlertStatus;
  readonly attempts: number;
  readonly deliveredAt: string | null;
  readonly lastError: string | null;
}

/** An alert with the message to send. */
export interface PendingAlert extends AlertRecord {
  readonly webhook: string;
  /** The JSON message (as text) that is POSTed. */
  readonly payload: string;
}

/** A stored article of a story with its publisher (for alert decisions), recomputed on read. */
export interface StoryOutletRow {
  readonly id: string;
  /** The publisher's name as shown; null when the article's outlet is unknown. */
  readonly outlet: string | null;
  /** What publishers are compared by (`Publisher.key`); null when the outlet is unknown. */
  readonly publisher: string | null;
}

/** The repository: persists articles, cluster state and briefs; reads only read. */
export interface StoreRepository {
  readonly kind: 'sqlite' | 'postgres';
  readonly schemaVersion: number;
  /** Stores one article unless it is a duplicate: dedupe, clustering and the rows it changes in one transaction. */
  add(record: ArticleRecord): Promise<WriteResult>;
  /**
   * Stores a group of articles, in order, in one transaction (a group commit: all of them or none); each result is
   * what `add` would give after the ones before it. A failure of any rolls the group back and throws.
   */
  addMany(records: readonly ArticleRecord[]): Promise<WriteResult[]>;
  listStories(query: StoryQuery): Promise<StoryPage>;
  getStory(id: string): Promise<StoryDetail | undefined>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  health(): Promise<StoreHealth>;
  /** Ids of the stories whose brief is stale, in id order. */
  staleStories(): Promise<readonly string[]>;
  storyForBrief(id: string): Promise<StoryForBrief | undefined>;
  /**
   * Runs `fn` (a brief refresh) while holding the story's claim, and only if the story is still stale then
   * (PostgreSQL: a claim per story, so workers share out the refreshes): `{ value }` when it ran, `'fresh'` when the
   * story needs no refresh (any more), `'busy'` when another worker holds the claim (without `wait`; with `wait`,
   * it waits for that worker and looks again).
   */
  claimBrief<T>(
    id: string,
    fn: () => Promise<T>,
    wait?: boolean,
  ): Promise<{ readonly value: T } | 'fresh' | 'busy'>;
  /** Saves a brief made at `version`; false (nothing written) when the story changed meanwhile or is gone. */
  saveBrief(id: string, version: number, brief: Brief): Promise<boolean>;
  /** Records why a brief could not be made; the story stays stale. */
  markBriefFailed(id: string, reason: string): Promise<void>;
  /**
   * Runs `fn` (a pass of the storyline flow) while no other worker runs one (PostgreSQL: one claim for all workers,
   * so a pass begun after another finds only the stories changed since instead of summarising the same stories
   * again); SQLite runs it at once. With `wait` (the default) it waits for the other worker's pass; without, it gives
   * `'busy'` at once, without running `fn`, while another worker holds the claim.
   */
  claimStorylines<T>(fn: () => Promise<T>, wait?: boolean): Promise<{ readonly value: T } | 'busy'>;
  /** Ids of the stories whose storyline link is older than the story (or missing), by first article, then id. */
  pendingStorylines(): Promise<readonly string[]>;
  storyForStoryline(id: string): Promise<StoryForStoryline | undefined>;
  /** Saves a story's summary made at `version`; false (nothing written) when the story changed or is gone. */
  saveStorySummary(id: string, version: number, summary: StorySummaryRecord): Promise<boolean>;
  /**
   * Saves several stories' summaries in one transaction (all or none), each as `saveStorySummary` would: true for
   * each one written, false for one whose story changed meanwhile or is gone.
   */
  saveStorySummaries(
    items: readonly { readonly id: string; readonly version: number; readonly summary: StorySummaryRecord }[],
  ): Promise<boolean[]>;
  /**
   * The summaries of the stories (not merged away) whose first (`by: 'first'`) or last article is in [from, to]
   * (ms), with each story's version, by id.
   */
  storySummaries(range: SummaryRange): Promise<readonly { summary: StorySummaryRecord; version: number }[]>;
  /**
   * Saves the link decided at `version` (null: the story starts its own storyline) and gives the story's storyline
   * to every later chapter that continues it; false when the story changed meanwhile or is gone. A link that would
   * close a loop is not made.
   */
  saveStoryline(
    id: string,
    version: number,
    continues: { readonly story: string; readonly score: number } | null,
  ): Promise<boolean>;
  /**
   * Saves several links in order in one transaction under the write lock (all or none), each as `saveStoryline`
   * would and seeing the ones before it: true for each one written.
   */
  saveStorylines(
    items: readonly {
      readonly id: string;
      readonly version: number;
      readonly continues: { readonly story: string; readonly score: number } | null;
    }[],
  ): Promise<boolean[]>;
  getStoryline(id: string): Promise<Storyline | undefined>;
  /** A story's own brief versions (issue 16); undefined for an unknown id. */
  storyVersions(id: string): Promise<StoryVersions | undefined>;
  /** One of a story's own brief versions; undefined when there is none. */
  briefVersion(id: string, version: number): Promise<BriefVersion | undefined>;
  /** What changed in a story after `since` (ISO 8601, normalised); undefined for an unknown id. */
  changesSince(id: string, since: string): Promise<StoryChangesData | undefined>;
  /** What an ingest that added `added` (article ids) changed in the live story `story`. */
  changesOfIngest(story: string, added: readonly string[]): Promise<StoryChangesData>;
  /** The live story an id leads to (following merges), undefined when none. */
  liveStory(id: string): Promise<StoryListItem | undefined>;
  /** The story's articles with their publishers, in the order they were stored. */
  storyOutlets(story: string): Promise<readonly StoryOutletRow[]>;
  /** Whether the live story `story` matches the search and language filter of the story list. */
  storyMatches(story: string, query: { readonly q: string; readonly lang: string | null }): Promise<boolean>;
  addWatch(watch: WatchInput): Promise<Watch>;
  listWatches(): Promise<readonly Watch[]>;
  getWatch(id: string): Promise<Watch | undefined>;
  /** Deletes the watch and its alerts; false when there was none. */
  deleteWatch(id: string): Promise<boolean>;
  /** The alerts of a watch, newest first (at most `limit`). */
  watchAlerts(id: string, limit: number): Promise<readonly AlertRecord[]>;
  /** Raises an alert unless one with its key exists; true when it was new. */
  raiseAlert(alert: { watch: string; story: string; sources: number; payload: string }): Promise<boolean>;
  /**
   * Claims the next alert to send (pending, or sending for longer than `leaseMs` by a process that stopped),
   * marking it `sending` at `now`; undefined when none.
   */
  claimAlert(now: string, leaseMs: number): Promise<PendingAlert | undefined>;
  /** Records a delivery attempt's end: delivered, failed for good, or pending again. */
  settleAlert(
    key: { watch: string; story: string; sources: number },
    outcome: {
      status: 'delivered' | 'failed' | 'pending';
      attempts: number;
      error: string | null;
      at: string;
    },
  ): Promise<void>;
  /** The feeds `lagebild watch` follows and the items seen in them (schema version 6). */
  readonly feeds: FeedRepository;
  close(): Promise<void>;
}
