import type { Candidate } from './candidates.js';
import type { NormalisedSummaryOptions } from './options.js';
import { cosine, sharedTerms } from './vectors.js';

export interface Scored {
  readonly candidate: Candidate;
  readonly score: number;
  /** Indices of the other articles carrying the same content. */
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
  const weight = (i: number, j: number): number => {
    const s = (sim[i] as Float64Array)[j] as number;
    if (s < 0.05) return 0;
    return (candidates[i] as Candidate).article === (candidates[j] as Candidate).article ? s * 0.5 : s;
  };
  const out = new Float64Array(n);
  const rowSums = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) rowSums[i] = (rowSums[i] as number) + weight(i, j);
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  const damping = 0.85;
  for (let iter = 0; iter < 30; iter++) {
    const next = new Float64Array(n).fill((1 - damping) / Math.max(1, n));
    for (let j = 0; j < n; j++) {
      const sum = rowSums[j] as number;
      if (sum === 0) continue;
      const share = (damping * (rank[j] as number)) / sum;
      for (let i = 0; i < n; i++) {
        const w = weight(j, i);
        if (w > 0) next[i] = (next[i] as number) + share * w;
      }
    }
    rank = next;
  }
  const max = Math.max(...rank, 1e-12);
  for (let i = 0; i < n; i++) out[i] = (rank[i] as number) / max;
  return out;
}

/**
 * For each candidate, the other articles that have a sentence saying the same: similar enough, and sharing enough
 * terms, once the story's common terms are left out.
 */
export function supportOf(
  candidates: readonly Candidate[],
  sim: readonly Float64Array[],
  options: NormalisedSummaryOptions,
): number[][] {
  return candidates.map((c, i) => {
    const articles = new Set<number>();
    candidates.forEach((other, j) => {
      if (other.article === c.article || articles.has(other.article)) return;
      if ((sim[i] as Float64Array)[j] === 0) return;
      const s = cosine(c.distinct, other.distinct);
      if (s >= options.supportSimilarity && sharedTerms(c.distinct, other.distinct) >= options.supportTerms) {
        articles.add(other.article);
      }
    });
    return [...articles].sort((a, b) => a - b);
  });
}

/** Combined score: centrality, cross-source support and lead position, each in [0, 1]. */
export function scoreCandidates(
  candidates: readonly Candidate[],
  sim: readonly Float64Array[],
  articleCount: number,
  options: NormalisedSummaryOptions,
): Scored[] {
  const central = centrality(candidates, sim);
  const support = supportOf(candidates, sim, options);
  const { weights } = options;
  return candidates.map((candidate, i) => {
    const sup = support[i] ?? [];
    const supportShare = articleCount > 1 ? sup.length / (articleCount - 1) : 0;
    const position = 1 / Math.sqrt(1 + candidate.position);
    const lengthFit = Math.min(1, candidate.words / 12);
    const score =
      lengthFit *
      (weights.centrality * (central[i] as number) +
        weights.support * supportShare +
        weights.position * position);
    return { candidate, score, support: sup };
  });
}
