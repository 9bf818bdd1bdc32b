export { summarise, type StorySummary } from './summarise.js';
export {
  normaliseSummaryOptions,
  DEFAULT_WORDS,
  type SummaryOptions,
  type NormalisedSummaryOptions,
} from './options.js';
export { wordCount, type CandidateMemo } from './candidates.js';
export {
  cosine,
  idfCache,
  tfidfVectors,
  weighInto,
  weighVector,
  contentTerms,
  type SparseVector,
} from './vectors.js';
export { similarityGraph, MAX_NEIGHBOURS, MAX_POSTING, MIN_EDGE, type SimilarityGraph } from './graph.js';
