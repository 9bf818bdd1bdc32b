import type { DocumentFrequencies } from './df.js';
import type { TermCounts } from './terms.js';

/** A sparse vector: term → weight. Article vectors have unit length. */
export type Vector = ReadonlyMap<string, number>;

/** Sublinear TF-IDF of the counts, scaled to unit length (empty counts → empty vector). */
export function tfidf(counts: TermCounts, df: DocumentFrequencies): Map<string, number> {
  const out = new Map<string, number>();
  let sum = 0;
  for (const [term, count] of counts) {
    const w = (1 + Math.log(count)) * df.idf(term);
    out.set(term, w);
    sum += w * w;
  }
  if (sum === 0) return out;
  const norm = Math.sqrt(sum);
  for (const [term, w] of out) out.set(term, w / norm);
  return out;
}

export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) {
    const v = large.get(term);
    if (v !== undefined) sum += w * v;
  }
  return sum;
}

export function norm(a: Vector): number {
  let sum = 0;
  for (const w of a.values()) sum += w * w;
  return Math.sqrt(sum);
}

export function cosine(a: Vector, b: Vector): number {
  const na = norm(a);
  const nb = norm(b);
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

/** Compares weights high first, then terms (a total, deterministic order). */
function byWeight(a: readonly [string, number], b: readonly [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** The `k` heaviest terms of a vector, heaviest first (ties by term). */
export function topTerms(v: Vector, k: number): string[] {
  return [...v]
    .sort(byWeight)
    .slice(0, k)
    .map(([term]) => term);
}

/**
 * The sum of the vectors added to it, keeping at most `2 × limit` terms: when it grows past that, only the
 * `limit` heaviest stay. `norm` is kept current.
 */
export class Centroid {
  readonly weights = new Map<string, number>();
  norm = 0;

  constructor(private readonly limit: number) {}

  /** Adds `v` times `scale`; returns the terms that left the centroid by pruning. */
  add(v: Vector, scale = 1): string[] {
    for (const [term, w] of v) this.weights.set(term, (this.weights.get(term) ?? 0) + w * scale);
    const dropped = this.weights.size > 2 * this.limit ? this.#prune() : [];
    this.norm = norm(this.weights);
    return dropped;
  }

  #prune(): string[] {
    const sorted = [...this.weights].sort(byWeight);
    const dropped: string[] = [];
    for (const [term] of sorted.slice(this.limit)) {
      this.weights.delete(term);
      dropped.push(term);
    }
    return dropped;
  }

  /** Cosine of `v` (any length) with the centroid. */
  cosine(v: Vector): number {
    const nv = norm(v);
    return this.norm === 0 || nv === 0 ? 0 : dot(v, this.weights) / (this.norm * nv);
  }
}
