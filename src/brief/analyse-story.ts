import {
  compareStory,
  findEvidence,
  normaliseCompareOptions,
  type CompareOptions,
  type StoryAnalysis,
} from '../compare/index.js';
import type { AnalysedArticle } from '../core/types.js';
import { corroborate } from './corroborate.js';

/**
 * The cross-source analysis of one story on its own (what the brief's `analysis` holds): the compare stage's
 * evidence, the story's corroboration and the coverage read from it. Pure: same articles, same analysis.
 */
export function analyseStory(
  articles: readonly AnalysedArticle[],
  options: CompareOptions = {},
): StoryAnalysis {
  const normalised = normaliseCompareOptions(options);
  const evidence = findEvidence(articles);
  return compareStory(articles, evidence, corroborate(articles, evidence.links, normalised), normalised);
}
