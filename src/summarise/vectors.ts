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
 */
export function tfidfVectors(termLists: readonly (readonly string[])[]): SparseVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  let longest = 0;
  for (const terms of termLists) if (terms.length > longest) longest = terms.length;
  const scratch = new Int32Array(longest);
  const counted = termLists.map((terms) => {
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
    let distinct = 0;
    for (let k = 0; k < n; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
    const distinctIds = new Int32Array(distinct);
    const counts = new Float64Array(distinct);
    let d = -1;
    for (let k = 0; k < n; k++) {
      const id = sorted[k] as number;
      if (k === 0 || id !== sorted[k - 1]) {
        d++;
        distinctIds[d] = id;
        df[id] = (df[id] as number) + 1;
      }
      counts[d] = (counts[d] as number) + 1;
    }
    return { terms: distinctIds, counts };
  });
  const n = termLists.length;
  return counted.map(({ terms, counts }) => weighVector(terms, counts, n, df));
}

/**
 * The TF-IDF vector of one list of terms: `terms` its distinct term ids (ascending), `counts` how often each
 * occurs, among `n` lists of which `df[id]` hold the term. What `tfidfVectors` gives each list, to the last bit.
 */
export function weighVector(
  terms: Int32Array,
  counts: Float64Array,
  n: number,
  df: ArrayLike<number>,
): SparseVector {
  const weights = new Float64Array(terms.length);
  let norm = 0;
  for (let i = 0; i < terms.length; i++) {
    const w = (1 + Math.log(counts[i] as number)) * Math.log((n + 1) / ((df[terms[i] as number] ?? 0) + 0.5));
    weights[i] = w;
    norm += w * w;
  }
  const len = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / len;
  return { terms, weights };
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
