import type { InvertedIndex } from './inverted-index.js';
import type { NormalisedClusterOptions } from './options.js';
import {
  clearProbes,
  decay,
  loadStory,
  pairWeights,
  SIGNALS,
  titlesMeet,
  wordsMeet,
  storyToStory,
  type Probes,
  type SignalName,
} from './scoring.js';
import type { Story } from './story.js';
import { mutuallyClose } from './core.js';
import { MAX_SIMILARITY } from './vectors.js';

/** Terms of a story's centroid (per signal) looked up to find stories it might be one with. */
const MERGE_QUERY_TERMS = 10;
/**
 * Candidate stories compared in full with a changed story (those sharing the most of its query terms). Comparing
 * two centroids costs about ten times an article against a centroid, so the merge check looks at few.
 */
const MERGE_CANDIDATES = 10;

/**
 * The open story most similar to `story` (centroid to centroid, with time decay) that reaches the merge threshold
 * and whose core and `story`'s are mutually close (see core.ts: each core's members linked to the other's); ties
 * go to the older story. `probes` and `scratch`: two sets of probes over the stories' term ids, free to be loaded.
 */
export function mergeCandidates(
  story: Story,
  index: InvertedIndex,
  open: ReadonlyMap<string, Story>,
  options: NormalisedClusterOptions,
  probes: Probes,
  scratch: Probes,
): { other: Story; score: number } | undefined {
  const query = {} as Record<SignalName, string[]>;
  for (const signal of SIGNALS) query[signal] = story.centroids[signal].top(MERGE_QUERY_TERMS);
  const candidates = index.candidates(query, Math.min(MERGE_CANDIDATES, options.maxCandidates), story.id);
  if (candidates.length === 0) return undefined;
  loadStory(probes, story.centroids);
  try {
    return closest(story, candidates, open, options, probes, scratch);
  } finally {
    clearProbes(probes);
  }
}

/**
 * The candidate that reaches the merge threshold with the highest score (ties to the older story) and is mutually
 * close to `story`. The best is found first with the pruning a single best allows (a candidate whose time decay
 * alone keeps it under the best so far is not scored); only when its core and `story`'s are not mutually close are
 * the others scored (those scored already are not scored again) and tried best first.
 */
function closest(
  story: Story,
  candidates: readonly string[],
  open: ReadonlyMap<string, Story>,
  options: NormalisedClusterOptions,
  probes: Probes,
  scratch: Probes,
): { other: Story; score: number } | undefined {
  const close = (other: Story): boolean => mutuallyClose(story.core, other.core, options.weights, scratch);
  const scored = new Map<Story, number>();
  const scoreOf = (other: Story, fade: number): number => {
    let score = scored.get(other);
    if (score === undefined) {
      const meet = story.scripts.size === 0 || [...story.scripts].some((s) => wordsMeet(s, other.scripts));
      const titles =
        story.languages.length === 0 || story.languages.some((l) => titlesMeet(l, other.languages));
      score = storyToStory(probes, other.centroids, pairWeights(options.weights, meet, titles)) * fade;
      scored.set(other, score);
    }
    return score;
  };
  const fadeOf = (other: Story): number =>
    decay(
      Number.isFinite(story.last) && Number.isFinite(other.last) ? story.last - other.last : 0,
      options.halfLifeMs,
    );
  let best: { other: Story; score: number } | undefined;
  for (const id of candidates) {
    const other = open.get(id);
    if (!other) continue;
    const fade = fadeOf(other);
    if (fade * MAX_SIMILARITY < Math.max(best?.score ?? -1, options.mergeThreshold)) continue;
    const score = scoreOf(other, fade);
    if (score < options.mergeThreshold) continue;
    if (!best || score > best.score || (score === best.score && other.seq < best.other.seq))
      best = { other, score };
  }
  if (!best || close(best.other)) return best;
  const above: { other: Story; score: number }[] = [];
  for (const id of candidates) {
    const other = open.get(id);
    if (!other || other === best.other) continue;
    const fade = fadeOf(other);
    if (fade * MAX_SIMILARITY < options.mergeThreshold) continue;
    const score = scoreOf(other, fade);
    if (score >= options.mergeThreshold) above.push({ other, score });
  }
  above.sort((a, b) => b.score - a.score || a.other.seq - b.other.seq);
  return above.find(({ other }) => close(other));
}
