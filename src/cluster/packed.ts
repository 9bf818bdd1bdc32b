import type { TermIds } from './term-ids.js';
import { normOf, type Vector } from './vectors.js';

/**
 * An article vector held by term id (see {@link TermIds}): the ids of its terms in the vector's order, their
 * weights, and the vector's norm. What a story's core keeps of each member (core.ts): two typed arrays instead of a
 * map of strings, compared with an article loaded in the dense probes (`DenseProbe.cosinePacked`), and what the
 * centroids take the article's terms from (`Centroid.addPacked`) without looking the strings up again. The vector
 * holds one reference to each of its ids until it is `releasePacked`.
 */
export interface PackedVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** The norm of the vector it was packed from (`normOf`), so cosines are the ones of that vector. */
  readonly norm: number;
}

/** Packs `v`, taking a reference to an id for each of its terms. */
export function packVector(v: Vector, ids: TermIds): PackedVector {
  const out = { ids: new Int32Array(v.size), weights: new Float64Array(v.size), norm: normOf(v) };
  let i = 0;
  for (const [term, w] of v) {
    out.ids[i] = ids.acquire(term);
    out.weights[i++] = w;
  }
  return out;
}

/** Gives back the vector's references to its ids. */
export function releasePacked(p: PackedVector, ids: TermIds): void {
  for (const id of p.ids) ids.release(id);
}
