import type { InvertedIndex } from './inverted-index.js';
import type { NormalisedClusterOptions } from './options.js';
import { decay, SIGNALS, storyToStory, type SignalName } from './scoring.js';
import type { Story } from './story.js';
import { MAX_SIMILARITY, topTerms } from './vectors.js';

/** Terms of a story's centroid (per signal) looked up to find stories it might be one with. */
const MERGE_QUERY_TERMS = 10;
/**
 * Candidate stories compared in full with a changed story (those sharing the most of its query terms). Comparing
 * two centroids costs about ten times an article against a centroid, so the merge check looks at few.
 */
const MERGE_CANDIDATES = 10;

/**
 * The open story most similar to `story` (centroid to centroid, with time decay), when it reaches the merge
 * threshold; ties go to the older story.
 */
export function mergeCandidates(
  story: Story,
  index: InvertedIndex,
  open: ReadonlyMap<string, Story>,
  options: NormalisedClusterOptions,
): { other: Story; score: number } | undefined {
  const query = {} as Record<SignalName, string[]>;
  for (const signal of SIGNALS) query[signal] = topTerms(story.centroids[signal].weights, MERGE_QUERY_TERMS);
  let best: Story | undefined;
  let bestScore = -1;
  for (const id of index.candidates(query, Math.min(MERGE_CANDIDATES, options.maxCandidates), story.id)) {
    const other = open.get(id);
    if (!other) continue;
    const fade = decay(
      Number.isFinite(story.last) && Number.isFinite(other.last) ? story.last - other.last : 0,
      options.halfLifeMs,
    );
    if (fade * MAX_SIMILARITY < Math.max(bestScore, options.mergeThreshold)) continue;
    const score = storyToStory(story.centroids, other.centroids, options.weights) * fade;
    if (score > bestScore || (score === bestScore && best !== undefined && other.seq < best.seq)) {
      best = other;
      bestScore = score;
    }
  }
  return best && bestScore >= options.mergeThreshold ? { other: best, score: bestScore } : undefined;
}
