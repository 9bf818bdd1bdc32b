/**
 * The shape of the per-language tables that tell what kind of article a text is (`src/lang/<code>/kinds.ts`):
 * report, preview, opinion, analysis, interview, press release or live blog. The compare stage reads the cues of
 * one article with them; the story stage decides the kind against the story's event date.
 */
import type { ArticleKind } from '../core/types.js';

/** A phrase that marks an article's kind where it stands in the article's head (title, teaser, byline). */
export interface KindMarker {
  /** Matched on whole words, case-sensitive ("Ein Kommentar", "Kommentar von", "POL-"). */
  readonly phrase: string;
  readonly kind: ArticleKind;
  /** Only at the start of a head line ("Interview:", "POL-K:"), not anywhere in it. */
  readonly lineStart?: boolean;
}

export interface KindRules {
  /** Markers looked for in the title, the first blocks and the removed byline lines. */
  readonly markers: readonly KindMarker[];
  /**
   * Words (lower-case) that put a sentence in the future or make it an expectation, besides the date tables'
   * future markers: modal and planning words ("soll", "geplant", "voraussichtlich").
   */
  readonly futureWords: readonly string[];
  /** Words (lower-case) that put a sentence in the past, besides the date tables' past markers. */
  readonly pastWords: readonly string[];
  /** First-person words (lower-case) of an author speaking for themselves ("ich", "meiner", "I", "my"). */
  readonly firstPerson: readonly string[];
  /** Evaluative phrases (lower-case, whole words) of opinion writing ("meiner meinung nach", "in my view"). */
  readonly evaluative: readonly string[];
  /**
   * A live blog's time stamp at the start of a block, as a regular expression source ("14:32", "14.32 Uhr");
   * an article with several such blocks is a live blog.
   */
  readonly liveStamp: string;
}
