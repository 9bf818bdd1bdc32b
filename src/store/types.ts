/**
 * The contract of the store (issue 6): what the CLI (`lagebild ingest`) and the HTTP server use (`Store`, which
 * the ingest flow in src/flows implements over the repository), and the repository itself (`StoreRepository`:
 * SQLite and PostgreSQL with the same behaviour). The store runs no stage: it keeps what the flows give it.
 * Fields may be added, never renamed.
 */
import type { Brief } from '../brief/types.js';
import type { AnalysedArticle, InputError, Sentence, SourceDocument } from '../core/types.js';

export interface StoryListItem {
  readonly id: string;
  readonly headline: string;
  /** Number of distinct outlets (source, else URL host, else article). */
  readonly sources: number;
  readonly articles: number;
  readonly languages: readonly string[];
  /** ISO 8601 of the earliest / latest article of the story. */
  readonly first: string | null;
  readonly last: string | null;
  /** When the story last changed in the store (ISO 8601). */
  readonly updated: string;
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
  ): Promise<IngestOutcome>;
  listStories(query: StoryQuery): Promise<StoryPage>;
  getStory(id: string): Promise<StoryDetail | undefined>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** A storyline by its id (the id of its first story); undefined when there is none. */
  getStoryline(id: string): Promise<Storyline | undefined>;
  health(): Promise<StoreHealth>;
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
  /** The outlet that counts as one source: the source name, else the URL's host, else the article. */
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
  readonly story: string;
  readonly merges: readonly { readonly from: string; readonly into: string }[];
}

/**
 * The clusterer as the store drives it (given by the flow that opens the store): it assigns each article inside the
 * article's transaction and replays, in order, what other writers stored meanwhile.
 */
export interface StoreClusterer {
  add(article: ClusterArticle): StoryAssignment;
  replay(article: ClusterArticle, assignment: StoryAssignment): void;
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
  /** Ids of the stories whose storyline link is older than the story (or missing), by first article, then id. */
  pendingStorylines(): Promise<readonly string[]>;
  storyForStoryline(id: string): Promise<StoryForStoryline | undefined>;
  /** Saves a story's summary made at `version`; false (nothing written) when the story changed or is gone. */
  saveStorySummary(id: string, version: number, summary: StorySummaryRecord): Promise<boolean>;
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
  getStoryline(id: string): Promise<Storyline | undefined>;
  close(): Promise<void>;
}
