import type { AnalysedArticle } from '../core/types.js';
import type { EntityMemo, ScanMemo, SeedMemo } from './entities.js';
import type { FigureGroupMemo } from './conflicts.js';
import type { FoundFigure } from './figures.js';
import type { QuoteGroupMemo } from './quote-items.js';
import type { QuoteMemo } from './quote-memo.js';
import type { ReferenceDate } from './reference-dates.js';
import type { EventGroupMemo } from './timeline-events.js';
import type { TimelineEvent } from './types.js';
import type { Word } from './words.js';

/**
 * What the compare stage found in each article on its own, kept between briefs of a growing story so that adding an
 * article does not scan the others again: each article's words, its dated mentions (for the reference date they were
 * resolved against), its figures (for its place in the story), its name seeds, its lexicon scans and its quotes (with what the story
 * told them). Keyed by the article object: an article that
 * changes is a new object and is scanned again. Only what depends on the article alone (and the key) is kept, so a
 * brief made with a memo is the brief made without one.
 */
export interface EvidenceMemo {
  readonly words: Map<AnalysedArticle, readonly Word[]>;
  readonly dates: Map<
    AnalysedArticle,
    { readonly index: number; readonly ref: string; readonly events: readonly TimelineEvent[] }
  >;
  readonly figures: Map<
    AnalysedArticle,
    { readonly index: number; readonly figures: readonly FoundFigure[] }
  >;
  /** What the name rules found in each article (the seeds of the story's lexicon). */
  readonly seeds: SeedMemo;
  /** Each article's lexicon scans, with the entries they could try. */
  readonly scans: ScanMemo;
  /** Each article's quotes, with the answers of the story's lexicon they were found with. */
  readonly quotes: QuoteMemo;
  /** The story's figure groups with their agreeing pairs, by what they count (not per article). */
  readonly figureGroups: FigureGroupMemo;
  /** The story's entities as its last list made them, by key (not per article). */
  readonly entities: EntityMemo;
  /** The story's quote groups of each kind (not per article). */
  readonly quoteGroups: QuoteGroupMemo;
  /** The story's timeline groups of each date (not per article). */
  readonly eventGroups: EventGroupMemo;
}

export function evidenceMemo(): EvidenceMemo {
  return {
    words: new Map(),
    dates: new Map(),
    figures: new Map(),
    seeds: new Map(),
    scans: new Map(),
    quotes: new Map(),
    figureGroups: new Map(),
    entities: new Map(),
    quoteGroups: new Map(),
    eventGroups: new Map(),
  };
}

/** The key of a reference date (what the dated mentions of an article depend on besides the article). */
export function referenceKey(ref: ReferenceDate | undefined): string {
  return ref === undefined
    ? '-'
    : `${ref.date.toISOString()}|${String(ref.ownYear)}|${String(ref.ownDay)}|${String(ref.dayKnown)}`;
}

/** Forgets the articles not in `keep` (an article that left the story). */
export function pruneMemo(memo: EvidenceMemo, keep: readonly AnalysedArticle[]): void {
  const live = new Set(keep);
  for (const map of [memo.words, memo.dates, memo.figures, memo.seeds, memo.scans, memo.quotes])
    for (const key of [...map.keys()]) if (!live.has(key)) map.delete(key);
}
