import type { TermIds } from './term-ids.js';
import { normOf, type Vector } from './vectors.js';

/**
 * An article vector held by term id (see {@link TermIds}): ids ascending, their weights, and the vector's norm. What
 * a story's core keeps of each member (core.ts): two typed arrays instead of a map of strings, compared with an
 * article through the dense probes (`DenseProbe.dotPacked`) and with another member by a merge of the sorted ids.
 * The vector holds one reference to each of its ids until it is `releasePacked`.
 */
export interface PackedVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** The norm of the vector it was packed from (`normOf`), so cosines are the ones of that vector. */
  readonly norm: number;
}

/** Positions of a vector's terms fit under this (an article has at most a few thousand terms). */
const SLOTS = 2 ** 20;

/** Packs `v`, taking a reference to an id for each of its terms. */
export function packVector(v: Vector, ids: TermIds): PackedVector {
  if (v.size >= SLOTS) throw new RangeError(`a vector of ${String(v.size)} terms is too long to pack`);
  // (id, position) in one number, sorted by the typed array's own numeric sort: ids ascending, no comparator
  const keys = new Float64Array(v.size);
  const values = new Float64Array(v.size);
  let i = 0;
  for (const [term, w] of v) {
    keys[i] = ids.acquire(term) * SLOTS + i;
    values[i++] = w;
  }
  keys.sort();
  const out = { ids: new Int32Array(v.size), weights: new Float64Array(v.size), norm: normOf(v) };
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] ?? 0;
    out.ids[k] = Math.floor(key / SLOTS);
    out.weights[k] = values[key % SLOTS] ?? 0;
  }
  return out;
}

/** Gives back the vector's references to its ids. */
export function releasePacked(p: PackedVector, ids: TermIds): void {
  for (const id of p.ids) ids.release(id);
}

/** Dot product of two packed vectors: one walk over both sorted id lists. */
export function packedDot(a: PackedVector, b: PackedVector): number {
  const x = a.ids;
  const y = b.ids;
  let sum = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const u = x[i] ?? 0;
    const v = y[j] ?? 0;
    if (u < v) i++;
    else if (u > v) j++;
    else sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
  }
  return sum;
}

/** Cosine of two packed vectors (0 when either has no length). */
export function packedCosine(a: PackedVector, b: PackedVector): number {
  return a.norm === 0 || b.norm === 0 ? 0 : packedDot(a, b) / (a.norm * b.norm);
}
