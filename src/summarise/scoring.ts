import type { Candidate } from './candidates.js';
import type { SentenceKinds } from './features.js';
import type { NormalisedSummaryOptions, SummaryPenalties } from './options.js';
import type { SimilarityGraph } from './graph.js';
import { cosine, sumScratch, sumVectorsIn, type SparseVector } from './vectors.js';

export interface Scored {
  readonly candidate: Candidate;
  readonly score: number;
  /** Indices of the other articles carrying the same content (from the story's corroboration), ascending. */
  readonly support: readonly number[];
}

/** Centrality's arrays, kept between calls (a growing story's brief ranks once per update) and grown when short. */
const ranking = {
  targets: new Uint16Array(0),
  weights: new Float64Array(0),
  rowSums: new Float64Array(0),
  rank: new Float64Array(0),
  next: new Float64Array(0),
  share: new Float64Array(0),
};

/**
 * Centrality by power iteration over the sparse similarity graph (LexRank-style), where an edge to a sentence of
 * another article weighs twice an edge inside the same article: content that several outlets carry rises. Work in
 * the number of edges per round, not in the square of the candidates.
 *
 * Each round gathers a candidate's new rank from its own row (the graph is symmetric, each row ascending): the
 * shares of its neighbours in ascending order, which is the order in which a round that scatters each row to its
 * neighbours adds them, so the ranks are the same to the last bit; a gather writes each rank once instead of once per
 * edge.
 */
export function centrality(
  candidates: readonly Pick<Candidate, 'article'>[],
  graph: SimilarityGraph,
): Float64Array {
  const n = candidates.length;
  const { offsets, sims } = graph;
  // The neighbours in 16 bits when they fit (a story has at most `MAX_CANDIDATES`): the rounds read every edge 30
  // times, and a narrower row is read faster.
  // (Only the first entries of each kept array are read: as many as this graph has.)
  const edges = sims.length;
  if (ranking.weights.length < edges) {
    ranking.weights = new Float64Array(edges);
    ranking.targets = new Uint16Array(edges);
  }
  if (ranking.rank.length < n) {
    ranking.rowSums = new Float64Array(n);
    ranking.rank = new Float64Array(n);
    ranking.next = new Float64Array(n);
    ranking.share = new Float64Array(n);
  }
  let targets: Int32Array | Uint16Array = graph.targets;
  if (n <= 0x10000) {
    targets = ranking.targets;
    targets.set(graph.targets);
  }
  // filled by index: `Int32Array.from` with a function reads the list through its iterator (objects per item)
  const articleOf = new Int32Array(n);
  for (let i = 0; i < n; i++) articleOf[i] = (candidates[i] as Pick<Candidate, 'article'>).article;
  // Edge weights, computed once (they are symmetric): cross-article edges count fully, same-article ones half.
  const { weights, rowSums } = ranking;
  for (let i = 0; i < n; i++) {
    const article = articleOf[i] as number;
    let sum = 0;
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      const s = sims[k] as number;
      const w = articleOf[targets[k] as number] === article ? s * 0.5 : s;
      weights[k] = w;
      sum += w;
    }
    rowSums[i] = sum;
  }
  const out = new Float64Array(n);
  let { rank, next } = ranking;
  rank.fill(1 / Math.max(1, n), 0, n);
  const { share } = ranking;
  const damping = 0.85;
  const base = (1 - damping) / Math.max(1, n);
  for (let iter = 0; iter < 30; iter++) {
    // A candidate without edges has no row and is in none: its share is never read.
    for (let j = 0; j < n; j++) {
      const sum = rowSums[j] as number;
      share[j] = sum === 0 ? 0 : (damping * (rank[j] as number)) / sum;
    }
    for (let i = 0; i < n; i++) {
      let acc = base;
      let k = offsets[i] as number;
      const end = offsets[i + 1] as number;
      // Four entries a step (fewer loop checks), added one after another in row order as the loop below adds them:
      // the same sum to the last bit.
      for (const stop = end - 3; k < stop; k += 4) {
        acc += (share[targets[k] as number] as number) * (weights[k] as number);
        acc += (share[targets[k + 1] as number] as number) * (weights[k + 1] as number);
        acc += (share[targets[k + 2] as number] as number) * (weights[k + 2] as number);
        acc += (share[targets[k + 3] as number] as number) * (weights[k + 3] as number);
      }
      for (; k < end; k++) acc += (share[targets[k] as number] as number) * (weights[k] as number);
      next[i] = acc;
    }
    const swap = rank;
    rank = next;
    next = swap;
  }
  let max = 1e-12;
  for (let i = 0; i < n; i++) if ((rank[i] as number) > max) max = rank[i] as number;
  for (let i = 0; i < n; i++) out[i] = (rank[i] as number) / max;
  return out;
}

/** Cosine of each candidate with the centroid of the whole story, relative to the best one. */
export function centroidScores(candidates: readonly Candidate[]): Float64Array {
  // Summed in one scratch per term id: the same sums, in the same order, as `sumVectors` (a map of them).
  let ids = 0;
  for (const c of candidates) {
    const { terms } = c.vector;
    for (let k = 0; k < terms.length; k++) if ((terms[k] as number) >= ids) ids = (terms[k] as number) + 1;
  }
  const centroid = sumVectorsIn(
    candidates.map((c) => c.vector),
    sumScratch(ids),
  );
  // filled by index: `Float64Array.from` with a function reads the list through its iterator (objects per item)
  const out = new Float64Array(candidates.length);
  for (let i = 0; i < out.length; i++) out[i] = cosine((candidates[i] as Candidate).vector, centroid);
  let max = 1e-12;
  for (let i = 0; i < out.length; i++) max = Math.max(max, out[i] as number);
  return out.map((x) => x / max);
}

/**
 * How much each article is about the story: the cosine of its terms with those of the other articles (each
 * article counting once), relative to the most relevant article. An article that shares little with the rest
 * (a failed download, a page of site furniture, a different story) scores low. 1 for every article of a
 * one-article story.
 */
export function articleRelevance(candidates: readonly Candidate[], articleCount: number): number[] {
  // Pushed lists, not `Array.from` or `map`s (see `mapped` in src/core/kept.ts): a `map`'s list is HOLEY or PACKED as
  // this function runs optimised or not, and this code was thrown away ("wrong map") between the full brief and the
  // update, and made again in the first update after a full brief (session 23).
  const ones: number[] = [];
  for (let a = 0; a < articleCount; a++) ones.push(1);
  if (articleCount < 2) return ones;
  // Each article's candidates' vectors, in the candidates' order.
  const own: SparseVector[][] = [];
  for (let a = 0; a < articleCount; a++) own.push([]);
  let ids = 0;
  for (const c of candidates) {
    own[c.article]?.push(c.vector);
    const { terms } = c.vector;
    if (terms.length > 0) ids = Math.max(ids, (terms[terms.length - 1] as number) + 1);
  }
  // Sums in one scratch per term id (the same sums, in the same order, as maps of them).
  const scratch = sumScratch(ids);
  const articles: SparseVector[] = [];
  for (const list of own) articles.push(sumVectorsIn(list, scratch));
  // The others' sum is the whole story's sum less the article's own (each article's vector is unit length).
  const total = new Float64Array(ids);
  const held = new Uint8Array(ids);
  // The terms in the order they first come (articles in order, each in its order of ids): the order the squares add.
  const order: number[] = [];
  for (const v of articles)
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k] as number;
      if (held[t] === 0) {
        held[t] = 1;
        order.push(t);
      }
      total[t] = (total[t] as number) + (v.weights[k] as number);
    }
  let totalSquare = 0;
  for (const t of order) totalSquare += (total[t] as number) * (total[t] as number);
  // Pushed one by one, not `articles.map`: a list of one kind whether this runs optimised or not (see
  // `collectCandidates`; the `map` below was thrown away in every brief).
  const raw: number[] = [];
  for (const v of articles) {
    let relevance = 0;
    if (v.terms.length > 0) {
      let dot = 0;
      for (let k = 0; k < v.terms.length; k++)
        dot += (v.weights[k] as number) * (total[v.terms[k] as number] as number);
      const othersSquare = totalSquare - 2 * dot + 1;
      relevance = othersSquare > 1e-12 ? (dot - 1) / Math.sqrt(othersSquare) : 0;
    }
    raw.push(relevance);
  }
  const max = Math.max(...raw);
  // Rounded to 1e-9: the sum less the own vector differs from the sum of the others in the last bits, which must
  // not decide between two equally relevant articles.
  if (!(max > 0)) return ones;
  const relevance: number[] = [];
  for (const x of raw) relevance.push(Math.round((x / max) * 1e9) / 1e9);
  return relevance;
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
  graph: SimilarityGraph,
  support: readonly (readonly number[])[],
  articleCount: number,
  options: NormalisedSummaryOptions,
  articleFactors: readonly number[] = [],
): Scored[] {
  const { weights } = options;
  const central = centrality(candidates, graph);
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
