/** Summary options as a user gives them. */
export interface SummaryOptions {
  /** Word budget of the brief (default 120). */
  readonly words?: number;
}

/** What the summariser works with; every weight is explicit so evaluation can tune and report them. */
export interface NormalisedSummaryOptions {
  readonly words: number;
  /** Sentences shorter than this (in words) are not candidates. */
  readonly minWords: number;
  /** Two lines with a cosine above this say the same: only one may be in the brief. */
  readonly redundancy: number;
  /** Cosine from which a sentence of another article counts as reporting the same content. */
  readonly supportSimilarity: number;
  /** Shared content terms needed as well (guards against one rare shared word). */
  readonly supportTerms: number;
  readonly weights: { readonly centrality: number; readonly support: number; readonly position: number };
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
    supportSimilarity: 0.25,
    supportTerms: 2,
    weights: { centrality: 1, support: 0.6, position: 0.8 },
  };
}
