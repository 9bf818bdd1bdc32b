/**
 * The contract of the online clusterer (issue 5). Other parts (the store, the server) use only what is declared
 * here; fields may be added, never renamed.
 */
import type { Sentence } from '../core/types.js';
import type { TimeSource } from './time.js';

/** One article as the clusterer sees it: plain cleaned text plus what is known about it. */
export interface StreamArticle {
  /** Unique id (an input's `id` field when present). */
  readonly id: string;
  readonly title?: string;
  /** Cleaned article text (may be empty: then only the title is used). */
  readonly text: string;
  /**
   * ISO 8601, as precise as known. A month- or year-only date is an interval: the article is placed inside it by
   * the days its text implies; articles without a date take the stream's current time (see `Assignment.timeSource`).
   */
  readonly published?: string;
  readonly url?: string;
  /** ISO 639-1; detected when absent. */
  readonly language?: string;
  readonly source?: string;
  /**
   * The sentences the analyse stage found in `text` (in text order, tokenised in `language`): when given, the
   * clusterer takes their tokens instead of tokenising the text again (only the parts between sentences — titles,
   * headings — are tokenised here). Leave out for plain text: the clusterer then tokenises it itself.
   */
  readonly sentences?: readonly Sentence[];
}

/** A merge of two stories found by the periodic merge check: every article of `from` now belongs to `into`. */
export interface StoryMerge {
  readonly from: string;
  readonly into: string;
  readonly score: number;
}

/**
 * A split of a story whose members fell apart into separate groups (see docs/clustering.md, "Splits"): `articles`
 * (and their `duplicates`) left `from`, which keeps its id and its other articles, for the new story `into`.
 * `score`: the highest similarity between the groups the story fell into (under the link level of its member
 * graph, see docs/clustering.md; a bridge placed with one group is left out).
 */
export interface StorySplit {
  readonly from: string;
  readonly into: string;
  readonly score: number;
  readonly articles: readonly string[];
  readonly duplicates: readonly string[];
}

/** What happened to one article. */
export interface Assignment {
  readonly article: string;
  /** The story the article joined (a new story's id is derived from its first article's id: deterministic). */
  readonly story: string;
  /** Similarity to the story joined; 0 for the first article of a new story. */
  readonly score: number;
  readonly isNew: boolean;
  /** Set when the article is a duplicate (same URL or same text) of an earlier one; it joins that one's story. */
  readonly duplicateOf?: { readonly article: string; readonly reason: 'url' | 'text' };
  /** The article's time as the clusterer placed it (ISO 8601, UTC); absent when its `timeSource` is `none`. */
  readonly time?: string;
  /**
   * How that time was found: its own day-precise date (`published`), the days its text implies inside its month- or
   * year-only date (`inferred`), the stream's time put inside that interval (`interval`), the latest time seen for
   * an undated article (`arrival`), or nothing to go by (`none`). Set by `add`; absent only in assignments stored
   * before it existed.
   */
  readonly timeSource?: TimeSource;
  /**
   * Set when the article came late and joined a story that had already closed (quiet for longer than the window by
   * the stream's clock): the story is reopened under its old id for this article and closes again at once when it
   * is still quiet (see docs/clustering.md, "Late arrivals").
   */
  readonly reopened?: true;
  /** Merges the periodic merge check made while adding this article (apply them after the assignment). */
  readonly merges: readonly StoryMerge[];
  /**
   * Splits of the story the article ended in (after the merges), when its members fell apart (apply them after the
   * merges). Absent when there is none.
   */
  readonly splits?: readonly StorySplit[];
}

/** A story as the clusterer knows it. */
export interface StoryInfo {
  readonly id: string;
  readonly articles: readonly string[];
  /** Articles that joined as duplicates of one in `articles` (listed once, here, not counted in `articles`). */
  readonly duplicates?: readonly string[];
  readonly languages: readonly string[];
  /** ISO 8601 of the earliest / latest article (empty when none of its articles had a date, nor any before them). */
  readonly first: string;
  readonly last: string;
  /** Title of the article that best represents the story (for lists). */
  readonly headline: string;
  /** False once the story has been quiet longer than the window and was dropped from memory. */
  readonly open: boolean;
}

export interface Clusterer {
  /** Assigns one article (single pass, deterministic for the same sequence of calls). */
  add(article: StreamArticle): Assignment;
  /**
   * Replays an assignment made elsewhere (another process, an earlier run kept in a store) so that this clusterer
   * ends in the same state as the one that made it. `merges` and `splits` are the ones that assignment reported.
   */
  replay(article: StreamArticle, assignment: Assignment): void;
  /** Stories seen so far (open ones with their current members; closed ones as they were when closed). */
  stories(): readonly StoryInfo[];
}
