/** Summary options as a user gives them. */
export interface SummaryOptions {
  /** Word budget of the brief (default 120). */
  readonly words?: number;
}

/** How much each signal counts in a sentence's score (each signal is in [0, 1]). */
export interface SummaryWeights {
  /** LexRank-style centrality over the similarity graph. */
  readonly centrality: number;
  /** Cosine with the story's centroid (what the story is mostly about); 0 by default: on Multi-News dev it
   * added nothing over centrality. */
  readonly centroid: number;
  /** Share of the other articles that carry the same content (from the story's corroboration). */
  readonly support: number;
  /** Place in the article: news puts the essentials first. */
  readonly position: number;
}

/**
 * Factors (in [0, 1]) that scale down the score of a kind of sentence that rarely belongs in a brief. On
 * Multi-News dev, penalising questions or bare quotations lowered ROUGE (the human summaries quote a lot), so
 * both default to 1 (off); lines addressing the reader are halved, and so are those of previews (an opinion
 * piece's lines count 0.7): a brief states what happened, and reports it first.
 */
export interface SummaryPenalties {
  /** A question. */
  readonly question: number;
  /** A sentence that is only a quotation (the claim without who made it). */
  readonly quote: number;
  /** Addresses the reader ("you", "your") outside quotation marks: page furniture, not news. */
  readonly reader: number;
  /** A sentence of a preview (written before the event): what was expected, not what happened. */
  readonly preview: number;
  /** A sentence of an opinion piece: someone's view, not what happened. */
  readonly opinion: number;
}

/** What the summariser works with; every weight is explicit so evaluation can tune and report them. */
export interface NormalisedSummaryOptions {
  readonly words: number;
  /** Sentences shorter than this (in words) are not candidates. */
  readonly minWords: number;
  /** Two lines with a cosine above this say the same: only one may be in the brief. */
  readonly redundancy: number;
  /**
   * Each line already chosen from a report written after the story's event scales the scores of that report's
   * other lines by this (1 = off), so that several such reports are heard, not only the best one.
   */
  readonly sourceDiversity: number;
  readonly weights: SummaryWeights;
  /** Position prior of the i-th sentence of an article: 1 / (1 + i) ** positionDecay. */
  readonly positionDecay: number;
  /** Sentences shorter than this many words have their score scaled down in proportion. */
  readonly fullLength: number;
  /**
   * How strongly an article's relevance to the rest of the story (cosine of its terms with the other articles'
   * terms, relative to the most relevant article) scales its sentences: 0 = not at all.
   */
  readonly relevance: number;
  readonly penalties: SummaryPenalties;
}

export const DEFAULT_WORDS = 120;

export function normaliseSummaryOptions(options: SummaryOptions = {}): NormalisedSummaryOptions {
  const words = options.words ?? DEFAULT_WORDS;
  if (!Number.isInteger(words) || words < 1)
    throw new RangeError(`words must be a positive integer, got ${words}`);
  return {
    words,
    minWords: 6,
    redundancy: 0.45,
    sourceDiversity: 0.85,
    weights: { centrality: 1, centroid: 0, support: 0.6, position: 0.8 },
    positionDecay: 0.5,
    fullLength: 12,
    relevance: 2,
    penalties: { question: 1, quote: 1, reader: 0.5, preview: 0.5, opinion: 0.7 },
  };
}
