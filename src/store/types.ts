/**
 * The contract of the store (issue 6): what the CLI (`lagebild ingest`) and the HTTP server use. SQLite and
 * PostgreSQL implement the same interface with the same behaviour. Fields may be added, never renamed.
 */
import type { Brief } from '../brief/types.js';
import type { InputError, SourceDocument } from '../core/types.js';

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
  readonly articles: readonly StoredArticleSummary[];
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

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Adds documents (each cleaned, de-duplicated by URL and content hash, clustered, committed one by one so an
   * interruption loses nothing committed); recomputes the briefs of the stories that changed.
   */
  ingest(
    documents: readonly SourceDocument[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<IngestOutcome>;
  listStories(query: StoryQuery): Promise<StoryPage>;
  getStory(id: string): Promise<StoryDetail | undefined>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
