import type { Candidate } from './candidates.js';
import { cosine } from './vectors.js';

/** Similarities below this are no edge of the graph (they carry no content in common worth the name). */
export const MIN_EDGE = 0.05;
/**
 * A term on more than this many candidates finds no pairs: the story's own names and topic words, which every
 * sentence of a large story shares, would make every pair a candidate (work in the square of the story). A pair that
 * shares such a term and a rarer one is still found, and its similarity still counts every term. Below this many
 * candidates (an ordinary story) every pair that shares a term is compared, as an all-pairs matrix would.
 */
export const MAX_POSTING = 256;
/**
 * Edges kept per candidate: its strongest ones (an edge stays when either end keeps it, so the graph stays
 * symmetric). Only a sentence repeated across very many articles has more.
 */
export const MAX_NEIGHBOURS = 256;

/** A symmetric sparse similarity graph: the neighbours of candidate i are `targets[offsets[i]..offsets[i+1]]`, ascending. */
export interface SimilarityGraph {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Cosine similarity of each edge (≥ `MIN_EDGE`). */
  readonly sims: Float64Array;
  /** How many candidate pairs had their cosine computed (the work of the graph; counted by the tests). */
  readonly compared: number;
}

export interface GraphLimits {
  readonly maxPosting: number;
  readonly maxNeighbours: number;
}

const DEFAULT_LIMITS: GraphLimits = { maxPosting: MAX_POSTING, maxNeighbours: MAX_NEIGHBOURS };

/**
 * The similarity graph of the candidates from an inverted index of their terms: each candidate is looked up among
 * the earlier ones through the terms they share (terms on more than `maxPosting` candidates find none), and only
 * those pairs get their cosine. Edges of at least `MIN_EDGE`; each candidate keeps its `maxNeighbours` strongest
 * (ties: the earlier candidate). For a story of ordinary size this is exactly the all-pairs matrix without its
 * zeros: every pair with a cosine above zero shares a term.
 */
export function similarityGraph(
  candidates: readonly Pick<Candidate, 'vector'>[],
  limits: GraphLimits = DEFAULT_LIMITS,
): SimilarityGraph {
  const n = candidates.length;
  const df = new Map<number, number>();
  for (const c of candidates) for (const t of c.vector.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const postings = new Map<number, number[]>();
  const seen = new Int32Array(n).fill(-1);
  // Neighbours of each candidate as two parallel arrays (index, similarity): no object per edge.
  const near: number[][] = Array.from({ length: n }, () => []);
  const sim: number[][] = Array.from({ length: n }, () => []);
  let compared = 0;
  for (let i = 0; i < n; i++) {
    const v = (candidates[i] as Pick<Candidate, 'vector'>).vector;
    const touched: number[] = [];
    for (const t of v.terms) {
      if ((df.get(t) ?? 0) > limits.maxPosting) continue;
      const list = postings.get(t);
      if (list !== undefined)
        for (const j of list) {
          if (seen[j] === i) continue;
          seen[j] = i;
          touched.push(j);
        }
      if (list === undefined) postings.set(t, [i]);
      else list.push(i);
    }
    compared += touched.length;
    for (const j of touched) {
      const s = cosine((candidates[j] as Pick<Candidate, 'vector'>).vector, v);
      if (s < MIN_EDGE) continue;
      (near[i] as number[]).push(j);
      (sim[i] as number[]).push(s);
      (near[j] as number[]).push(i);
      (sim[j] as number[]).push(s);
    }
  }
  // The strongest `maxNeighbours` of a candidate with more (ties: the earlier candidate); null: it keeps all.
  const keep = near.map((list, i): Set<number> | null => {
    if (list.length <= limits.maxNeighbours) return null;
    const sims = sim[i] as number[];
    const order = list
      .map((_, k) => k)
      .sort((a, b) => (sims[b] as number) - (sims[a] as number) || (list[a] as number) - (list[b] as number));
    return new Set(order.slice(0, limits.maxNeighbours).map((k) => list[k] as number));
  });
  const kept = (i: number, j: number): boolean => {
    const mine = keep[i];
    const theirs = keep[j];
    return (
      mine === null ||
      mine === undefined ||
      theirs === null ||
      theirs === undefined ||
      mine.has(j) ||
      theirs.has(i)
    );
  };
  const offsets = new Int32Array(n + 1);
  const orders = near.map((list, i) =>
    list
      .map((_, k) => k)
      .filter((k) => kept(i, list[k] as number))
      .sort((a, b) => (list[a] as number) - (list[b] as number)),
  );
  orders.forEach((order, i) => (offsets[i + 1] = (offsets[i] as number) + order.length));
  const targets = new Int32Array(offsets[n] as number);
  const sims = new Float64Array(offsets[n] as number);
  orders.forEach((order, i) => {
    const base = offsets[i] as number;
    order.forEach((k, e) => {
      targets[base + e] = (near[i] as number[])[k] as number;
      sims[base + e] = (sim[i] as number[])[k] as number;
    });
    near[i] = [];
    sim[i] = [];
  });
  return { offsets, targets, sims, compared };
}
