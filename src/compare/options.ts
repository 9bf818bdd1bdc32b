/** Cross-source analysis options as a user gives them. */
export interface CompareOptions {
  /**
   * Cosine of stemmed TF-IDF vectors (without the story's own terms) from which a sentence of another article
   * carries the same content (default 0.25). Decides the brief's support and the analysis' coverage alike.
   */
  readonly supportSimilarity?: number;
  /** Distinct content terms, other than the story's own (in 80% of articles), two sentences must share (default 2). */
  readonly supportTerms?: number;
  /** Most consensus claims listed (default 10). */
  readonly maxConsensus?: number;
}

/** What the compare stage (and the story stage's corroboration) works with. */
export interface NormalisedCompareOptions {
  readonly supportSimilarity: number;
  readonly supportTerms: number;
  readonly maxConsensus: number;
}

export function normaliseCompareOptions(options: CompareOptions = {}): NormalisedCompareOptions {
  const { supportSimilarity = 0.25, supportTerms = 2, maxConsensus = 10 } = options;
  if (!Number.isFinite(supportSimilarity) || supportSimilarity < 0 || supportSimilarity > 1)
    throw new RangeError(`supportSimilarity must be a number in [0, 1], got ${supportSimilarity}`);
  if (!Number.isInteger(supportTerms) || supportTerms < 1)
    throw new RangeError(`supportTerms must be a positive integer, got ${supportTerms}`);
  if (!Number.isInteger(maxConsensus) || maxConsensus < 0)
    throw new RangeError(`maxConsensus must be a whole number, got ${maxConsensus}`);
  return { supportSimilarity, supportTerms, maxConsensus };
}
