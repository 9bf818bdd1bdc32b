import type { Sentence } from '../core/types.js';

/** A sparse, L2-normalised TF-IDF vector: term ids sorted ascending, with their weights. */
export interface SparseVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}

/** Content terms of a sentence: stems of non-stopword words and numbers. */
export function contentTerms(sentence: Sentence): string[] {
  const out: string[] = [];
  for (const t of sentence.tokens) {
    if (t.stop) continue;
    if (t.kind === 'word' && t.norm.length < 2) continue;
    out.push(t.stem);
  }
  return out;
}

/**
 * Builds TF-IDF vectors for a set of term lists; idf is computed over the lists themselves. Term ids are given in
 * order of first appearance; each list's ids are sorted in one scratch buffer and counted in runs (no map per list).
 * The vectors' ids and weights are views of one array each (not an array per vector), the counts one scratch.
 */
export function tfidfVectors(termLists: readonly (readonly string[])[]): SparseVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  let longest = 0;
  let total = 0;
  for (const terms of termLists) {
    if (terms.length > longest) longest = terms.length;
    total += terms.length;
  }
  const scratch = new Int32Array(longest);
  // Every list's distinct ids and counts, one list after another (`at[i]..at[i + 1]`).
  const allIds = new Int32Array(total);
  const allCounts = new Float64Array(total);
  const at = new Int32Array(termLists.length + 1);
  let used = 0;
  termLists.forEach((terms, i) => {
    const n = terms.length;
    for (let k = 0; k < n; k++) {
      const term = terms[k] as string;
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        df.push(0);
      }
      scratch[k] = id;
    }
    const sorted = scratch.subarray(0, n).sort();
    let d = used - 1;
    for (let k = 0; k < n; k++) {
      const id = sorted[k] as number;
      if (k === 0 || id !== sorted[k - 1]) {
        d++;
        allIds[d] = id;
        df[id] = (df[id] as number) + 1;
      }
      allCounts[d] = (allCounts[d] as number) + 1;
    }
    used = d + 1;
    at[i + 1] = used;
  });
  const n = termLists.length;
  const idf = idfCache(df.length);
  const { buffer } = allIds;
  const weights = new Float64Array(used);
  const vectors: SparseVector[] = [];
  for (let i = 0; i < n; i++) {
    const from = at[i] as number;
    const size = (at[i + 1] as number) - from;
    const terms = new Int32Array(buffer, from * Int32Array.BYTES_PER_ELEMENT, size);
    weighInto(terms, allCounts.subarray(from, from + size), n, df, idf, weights, from);
    vectors.push({
      terms,
      weights: new Float64Array(weights.buffer, from * Float64Array.BYTES_PER_ELEMENT, size),
    });
  }
  return vectors;
}

/** 1 + log(count) for the counts a term has in one sentence (computed once each). */
const TF = Float64Array.from({ length: 64 }, (_, c) => 1 + Math.log(c));

/** The term frequency factor of a count: 1 + log(count), the same number whether computed or looked up. */
const tfOf = (count: number): number =>
  count < TF.length && Number.isInteger(count) ? (TF[count] as number) : 1 + Math.log(count);

/**
 * A cache of each term id's IDF for `weighVector` (one `n` and one `df`): NaN where not computed yet. Ids beyond it
 * are computed each time.
 */
export function idfCache(ids: number): Float64Array {
  return new Float64Array(ids).fill(NaN);
}

/**
 * The TF-IDF vector of one list of terms: `terms` its distinct term ids (ascending), `counts` how often each
 * occurs, among `n` lists of which `df[id]` hold the term. What `tfidfVectors` gives each list, to the last bit.
 * `idf` (see `idfCache`), when given, keeps each term's IDF for the same `n` and `df` (the same numbers).
 */
export function weighVector(
  terms: Int32Array,
  counts: Float64Array,
  n: number,
  df: ArrayLike<number>,
  idf?: Float64Array,
): SparseVector {
  const weights = new Float64Array(terms.length);
  weighInto(terms, counts, n, df, idf, weights, 0);
  return { terms, weights };
}

/**
 * The weights `weighVector` gives the terms, written to `out[at..at + terms.length)` (the same numbers to the last
 * bit: a caller that keeps many vectors keeps them in one array).
 */
export function weighInto(
  terms: Int32Array,
  counts: Float64Array,
  n: number,
  df: ArrayLike<number>,
  idf: Float64Array | undefined,
  out: Float64Array,
  at: number,
): void {
  let norm = 0;
  for (let i = 0; i < terms.length; i++) {
    const id = terms[i] as number;
    let inverse = idf !== undefined && id < idf.length ? (idf[id] as number) : NaN;
    if (Number.isNaN(inverse)) {
      inverse = Math.log((n + 1) / ((df[id] ?? 0) + 0.5));
      if (idf !== undefined && id < idf.length) idf[id] = inverse;
    }
    const w = tfOf(counts[i] as number) * inverse;
    out[at + i] = w;
    norm += w * w;
  }
  const len = Math.sqrt(norm) || 1;
  for (let i = 0; i < terms.length; i++) out[at + i] = (out[at + i] ?? 0) / len;
}

/** Cosine of two normalised sparse vectors (a merge over sorted term ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i] as number;
    const y = bt[j] as number;
    if (x === y) {
      dot += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot;
}

/**
 * Scratch of `sumVectorsIn` for term ids below `ids`: an accumulator per id (zero between sums) and whether it holds
 * one.
 */
export interface SumScratch {
  readonly acc: Float64Array;
  readonly held: Uint8Array;
}

export function sumScratch(ids: number): SumScratch {
  return { acc: new Float64Array(ids), held: new Uint8Array(ids) };
}

/**
 * `sumVectors(vectors)` (each vector weighing 1) in a scratch for the vectors' term ids: the same sums, added in the
 * same order, and the same vector to the last bit, without a map per sum. The scratch is left zeroed.
 */
export function sumVectorsIn(vectors: readonly SparseVector[], scratch: SumScratch): SparseVector {
  const { acc, held } = scratch;
  const ids: number[] = [];
  for (const v of vectors) {
    const { terms, weights } = v;
    for (let k = 0; k < terms.length; k++) {
      const id = terms[k] as number;
      if (held[id] === 0) {
        held[id] = 1;
        ids.push(id);
      }
      acc[id] = (acc[id] as number) + 1 * (weights[k] as number);
    }
  }
  const terms = Int32Array.from(ids).sort();
  const sums = new Float64Array(terms.length);
  let square = 0;
  for (let k = 0; k < terms.length; k++) {
    const id = terms[k] as number;
    const w = acc[id] as number;
    sums[k] = w;
    square += w * w;
    acc[id] = 0;
    held[id] = 0;
  }
  const norm = Math.sqrt(square) || 1;
  for (let k = 0; k < sums.length; k++) sums[k] = (sums[k] as number) / norm;
  return { terms, weights: sums };
}

/** The normalised sum of weighted vectors (a centroid), in the same term space. */
export function sumVectors(
  vectors: readonly SparseVector[],
  weightOf: (i: number) => number = () => 1,
): SparseVector {
  const sum = new Map<number, number>();
  vectors.forEach((v, i) => {
    const w = weightOf(i);
    if (w === 0) return;
    for (let k = 0; k < v.terms.length; k++) {
      const id = v.terms[k] as number;
      sum.set(id, (sum.get(id) ?? 0) + w * (v.weights[k] as number));
    }
  });
  const entries = [...sum].sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((acc, [, w]) => acc + w * w, 0)) || 1;
  return {
    terms: Int32Array.from(entries.map(([id]) => id)),
    weights: Float64Array.from(entries.map(([, w]) => w / norm)),
  };
}
