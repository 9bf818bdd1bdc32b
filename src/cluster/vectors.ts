import type { DocumentFrequencies, Weighing } from './df.js';
import type { TermCounts } from './terms.js';

/** A sparse vector: term → weight. Article vectors have unit length. */
export type Vector = ReadonlyMap<string, number>;

/**
 * Norms known without a pass over the vector: article vectors, fixed once made. The values are the ones `norm`
 * would compute, so results do not change.
 */
const KNOWN_NORMS = new WeakMap<Vector, number>();

/** The norm of `v`, from the cache above when known. */
export function normOf(v: Vector): number {
  return KNOWN_NORMS.get(v) ?? norm(v);
}

/** Sublinear TF-IDF of the counts, scaled to unit length (empty counts → empty vector). */
export function tfidf(counts: TermCounts, df: DocumentFrequencies): Vector {
  const out = new Map<string, number>();
  const weighing: Weighing = { term: '', idf: 0 };
  let sum = 0;
  // read with forEach: a Map's entries iterator makes a pair for every term
  counts.forEach((count, raw) => {
    const { term, idf } = df.weigh(raw, weighing);
    const w = (1 + Math.log(count)) * idf;
    out.set(term, w);
    sum += w * w;
  });
  if (sum === 0) {
    KNOWN_NORMS.set(out, 0);
    return out;
  }
  const length = Math.sqrt(sum);
  out.forEach((w, term) => out.set(term, w / length));
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

export function norm(a: ReadonlyMap<unknown, number>): number {
  let sum = 0;
  for (const w of a.values()) sum += w * w;
  return Math.sqrt(sum);
}

export function cosine(a: Vector, b: Vector): number {
  const na = normOf(a);
  const nb = normOf(b);
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

/** A term and its weight (and whatever else a caller carries along). */
export type Weighted = readonly [string, number, ...unknown[]];

/** Compares weights high first, then terms (a total, deterministic order). */
export function byWeight(a: Weighted, b: Weighted): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/**
 * The first `k` of `items` in the order of `compare`, in that order: found by insertion into a list of `k` instead
 * of sorting them all.
 */
export function firstK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1] as T) >= 0) continue;
    if (top.length === k) top.pop();
    let i = top.length;
    top.push(item);
    for (; i > 0 && compare(item, top[i - 1] as T) < 0; i--) {
      top[i] = top[i - 1] as T;
      top[i - 1] = item;
    }
  }
  return top;
}

/** The `k` heaviest terms of a vector, heaviest first (ties by term): its first `k` by {@link byWeight}. */
export function topTerms(v: Iterable<readonly [string, number]>, k: number): string[] {
  if (v instanceof Map) return topOfMap(v as Vector, k);
  return firstK(v, k, byWeight).map(([term]) => term);
}

/**
 * `topTerms` of a map, read with `forEach`: an entries iterator makes a pair for every term, here only the terms
 * that enter the top get one (the same terms in the same order: `byWeight` is a total order over distinct terms).
 */
function topOfMap(v: Vector, k: number): string[] {
  const top: [string, number][] = [];
  if (k <= 0) return [];
  v.forEach((weight, term) => {
    if (top.length === k) {
      const last = top[k - 1] as [string, number];
      if ((last[1] - weight || (term < last[0] ? -1 : term > last[0] ? 1 : 0)) >= 0) return;
      top.pop();
    }
    const item: [string, number] = [term, weight];
    let i = top.length;
    top.push(item);
    for (; i > 0 && byWeight(item, top[i - 1] as [string, number]) < 0; i--) {
      top[i] = top[i - 1] as [string, number];
      top[i - 1] = item;
    }
  });
  return top.map(([term]) => term);
}
