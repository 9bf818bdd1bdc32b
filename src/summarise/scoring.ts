import type { Candidate } from './candidates.js';
import type { SentenceKinds } from './features.js';
import type { NormalisedSummaryOptions, SummaryPenalties } from './options.js';
import { cosine, sumVectors } from './vectors.js';

export interface Scored {
  readonly candidate: Candidate;
  readonly score: number;
  /** Indices of the other articles carrying the same content (from the story's corroboration), ascending. */
  readonly support: readonly number[];
}

/** Pairwise cosine similarities (symmetric, zero diagonal). */
export function similarityMatrix(candidates: readonly Candidate[]): Float64Array[] {
  const n = candidates.length;
  const rows = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine((candidates[i] as Candidate).vector, (candidates[j] as Candidate).vector);
      (rows[i] as Float64Array)[j] = s;
      (rows[j] as Float64Array)[i] = s;
    }
  }
  return rows;
}

/**
 * Centrality by power iteration over the similarity graph (LexRank-style), where an edge to a sentence of
 * another article weighs twice an edge inside the same article: content that several outlets carry rises.
 */
export function centrality(candidates: readonly Candidate[], sim: readonly Float64Array[]): Float64Array {
  const n = candidates.length;
  // Edge weights, computed once (they are symmetric): cross-article edges count fully, same-article ones half.
  const weights = Array.from({ length: n }, () => new Float64Array(n));
  const rowSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = weights[i] as Float64Array;
    const simRow = sim[i] as Float64Array;
    const article = (candidates[i] as Candidate).article;
    for (let j = 0; j < n; j++) {
      const s = simRow[j] as number;
      if (s < 0.05) continue;
      const w = (candidates[j] as Candidate).article === article ? s * 0.5 : s;
      row[j] = w;
      rowSums[i] = (rowSums[i] as number) + w;
    }
  }
  const out = new Float64Array(n);
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  const damping = 0.85;
  for (let iter = 0; iter < 30; iter++) {
    const next = new Float64Array(n).fill((1 - damping) / Math.max(1, n));
    for (let j = 0; j < n; j++) {
      const sum = rowSums[j] as number;
      if (sum === 0) continue;
      const share = (damping * (rank[j] as number)) / sum;
      const row = weights[j] as Float64Array;
      for (let i = 0; i < n; i++) {
        const w = row[i] as number;
        if (w > 0) next[i] = (next[i] as number) + share * w;
      }
    }
    rank = next;
  }
  const max = Math.max(...rank, 1e-12);
  for (let i = 0; i < n; i++) out[i] = (rank[i] as number) / max;
  return out;
}

/** Cosine of each candidate with the centroid of the whole story, relative to the best one. */
export function centroidScores(candidates: readonly Candidate[]): Float64Array {
  const centroid = sumVectors(candidates.map((c) => c.vector));
  const out = Float64Array.from(candidates, (c) => cosine(c.vector, centroid));
  const max = Math.max(...out, 1e-12);
  return out.map((x) => x / max);
}

/**
 * How much each article is about the story: the cosine of its terms with those of the other articles (each
 * article counting once), relative to the most relevant article. An article that shares little with the rest
 * (a failed download, a page of site furniture, a different story) scores low. 1 for every article of a
 * one-article story.
 */
export function articleRelevance(candidates: readonly Candidate[], articleCount: number): number[] {
  const ones = Array.from({ length: articleCount }, () => 1);
  if (articleCount < 2) return ones;
  const vectors = candidates.map((c) => c.vector);
  const articles = ones.map((_, a) =>
    sumVectors(vectors, (i) => ((candidates[i] as Candidate).article === a ? 1 : 0)),
  );
  const raw = articles.map((v, a) =>
    cosine(
      v,
      sumVectors(articles, (b) => (b === a ? 0 : 1)),
    ),
  );
  const max = Math.max(...raw);
  return max > 0 ? raw.map((x) => x / max) : ones;
}

/** The factor by which the kinds of a sentence scale its score. */
export function kindFactor(kinds: SentenceKinds, penalties: SummaryPenalties): number {
  return (
    (kinds.question ? penalties.question : 1) *
    (kinds.quote ? penalties.quote : 1) *
    (kinds.reader ? penalties.reader : 1)
  );
}

/**
 * Combined score: centrality, closeness to the story's centroid, cross-source support (`support[i]`: the other
 * articles carrying candidate i, from the story's corroboration) and lead position (each in [0, 1], weighted),
 * scaled by sentence length (short lines carry little), by how much the article is about the story, and by the
 * kind of sentence (questions, bare quotes, lines addressing the reader) and by `articleFactors[a]` (the kind of
 * its article: a preview's or an opinion piece's lines count less; 1 when not given).
 */
export function scoreCandidates(
  candidates: readonly Candidate[],
  sim: readonly Float64Array[],
  support: readonly (readonly number[])[],
  articleCount: number,
  options: NormalisedSummaryOptions,
  articleFactors: readonly number[] = [],
): Scored[] {
  const { weights } = options;
  const central = centrality(candidates, sim);
  const centroid = weights.centroid !== 0 ? centroidScores(candidates) : new Float64Array(candidates.length);
  const relevance = articleRelevance(candidates, articleCount);
  return candidates.map((candidate, i) => {
    const sup = support[i] ?? [];
    const supportShare = articleCount > 1 ? sup.length / (articleCount - 1) : 0;
    const position = 1 / (1 + candidate.position) ** options.positionDecay;
    const lengthFit = Math.min(1, candidate.words / options.fullLength);
    const relevant = (relevance[candidate.article] ?? 1) ** options.relevance;
    const signals =
      weights.centrality * (central[i] as number) +
      weights.centroid * (centroid[i] as number) +
      weights.support * supportShare +
      weights.position * position;
    const ofArticle = articleFactors[candidate.article] ?? 1;
    const score = lengthFit * relevant * ofArticle * kindFactor(candidate.kinds, options.penalties) * signals;
    return { candidate, score, support: sup };
  });
}
