import type { DocumentFrequencies } from './df.js';
import type { TermCounts } from './terms.js';

/** A sparse vector: term → weight. Article vectors have unit length. */
export type Vector = ReadonlyMap<string, number>;

/**
 * Norms known without a pass over the vector: article vectors (fixed once made) and centroid weights (kept
 * current by their centroid). Scoring one article against 40 candidates then computes its norm once, not 160 times;
 * the values are the ones `norm` would compute, so results do not change.
 */
const KNOWN_NORMS = new WeakMap<Vector, number>();
const CENTROID_OF = new WeakMap<Vector, Centroid>();

/** The norm of `v`, from the caches above when known. */
export function normOf(v: Vector): number {
  return CENTROID_OF.get(v)?.norm ?? KNOWN_NORMS.get(v) ?? norm(v);
}

/** Sublinear TF-IDF of the counts, scaled to unit length (empty counts → empty vector). */
export function tfidf(counts: TermCounts, df: DocumentFrequencies): Vector {
  const out = new Map<string, number>();
  let sum = 0;
  for (const [raw, count] of counts) {
    const { term, idf } = df.weigh(raw);
    const w = (1 + Math.log(count)) * idf;
    out.set(term, w);
    sum += w * w;
  }
  if (sum === 0) {
    KNOWN_NORMS.set(out, 0);
    return out;
  }
  const length = Math.sqrt(sum);
  for (const [term, w] of out) out.set(term, w / length);
  KNOWN_NORMS.set(out, norm(out));
  return out;
}

/**
 * Above any similarity (a weighted mean of cosines, at most 1 but for rounding): a candidate whose time decay alone
 * keeps it below the best score so far or the threshold need not be scored, which changes no decision.
 */
export const MAX_SIMILARITY = 1 + 1e-9;

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
  const na = normOf(a);
  const nb = normOf(b);
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

/** Compares weights high first, then terms (a total, deterministic order). */
function byWeight(a: readonly [string, number], b: readonly [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/**
 * The `k` heaviest terms of a vector, heaviest first (ties by term): the first `k` of the vector sorted by
 * {@link byWeight}, found by insertion into a list of `k` instead of sorting the whole vector.
 */
export function topTerms(v: Vector, k: number): string[] {
  const top: (readonly [string, number])[] = [];
  if (k <= 0) return [];
  for (const entry of v) {
    const last = top[top.length - 1];
    if (top.length === k && last !== undefined && byWeight(entry, last) >= 0) continue;
    if (top.length === k) top.pop();
    let i = top.length;
    top.push(entry);
    for (let prev = top[i - 1]; prev !== undefined && byWeight(entry, prev) < 0; prev = top[i - 1]) {
      top[i] = prev;
      top[--i] = entry;
    }
  }
  return top.map(([term]) => term);
}

/**
 * The sum of the vectors added to it, keeping at most `2 × limit` terms: when it grows past that, only the
 * `limit` heaviest stay. `norm` is kept current.
 */
export class Centroid {
  readonly weights = new Map<string, number>();
  norm = 0;

  constructor(private readonly limit: number) {
    CENTROID_OF.set(this.weights, this);
  }

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
    const nv = normOf(v);
    return this.norm === 0 || nv === 0 ? 0 : dot(v, this.weights) / (this.norm * nv);
  }
}
