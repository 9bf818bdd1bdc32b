import type { Centroid } from './centroid.js';
import type { PackedVector } from './packed.js';
import type { TermIds } from './term-ids.js';
import { normOf, type Vector } from './vectors.js';

/**
 * One vector spread over a dense array indexed by term id, to be compared with many centroids: each dot product is
 * then a walk over the centroid's packed ids with one array read per term, instead of a string lookup per shared
 * term. Only terms some centroid holds have ids; the others cannot match and are left out, which leaves every dot
 * product as it was. Load, compare, `clear` (the array is reused and must be all zeros between uses).
 */
export class DenseProbe {
  #values = new Float64Array(1024);
  readonly #loaded: number[] = [];
  /** Terms of the loaded vector (with or without an id) and its norm. */
  size = 0;
  norm = 0;

  constructor(private readonly ids: TermIds) {}

  /** Loads an article vector (after clearing what was loaded). */
  load(v: Vector): this {
    this.clear();
    this.#fit();
    for (const [term, w] of v) {
      const id = this.ids.idOf(term);
      if (id === undefined) continue;
      this.#values[id] = w;
      this.#loaded.push(id);
    }
    this.size = v.size;
    this.norm = normOf(v);
    return this;
  }

  /** Loads a centroid (after clearing what was loaded). */
  loadCentroid(c: Centroid): this {
    this.clear();
    this.#fit();
    const { ids, weights } = c.packed();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      this.#values[id] = weights[i] ?? 0;
      this.#loaded.push(id);
    }
    this.size = ids.length;
    this.norm = c.norm;
    return this;
  }

  /** Loads a packed vector (after clearing what was loaded): a core member, to be compared with others. */
  loadPacked(p: PackedVector): this {
    this.clear();
    this.#fit();
    const { ids, weights } = p;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      this.#values[id] = weights[i] ?? 0;
      this.#loaded.push(id);
    }
    this.size = ids.length;
    this.norm = p.norm;
    return this;
  }

  clear(): void {
    for (const id of this.#loaded) this.#values[id] = 0;
    this.#loaded.length = 0;
    this.size = 0;
    this.norm = 0;
  }

  /** Dot product of the loaded vector with `c`. */
  dot(c: Centroid): number {
    const { ids, weights } = c.packed();
    const values = this.#values;
    let sum = 0;
    for (let i = 0; i < ids.length; i++) sum += (values[ids[i] ?? 0] ?? 0) * (weights[i] ?? 0);
    return sum;
  }

  /**
   * Cosine of the loaded vector with a packed one (see packed.ts), whose terms all have ids while it is held: every
   * term the two share is loaded, so this is the cosine of the two vectors (0 when either has no length).
   */
  cosinePacked(p: PackedVector): number {
    if (this.norm === 0 || p.norm === 0) return 0;
    const { ids, weights } = p;
    const values = this.#values;
    let sum = 0;
    for (let i = 0; i < ids.length; i++) sum += (values[ids[i] ?? 0] ?? 0) * (weights[i] ?? 0);
    return sum / (this.norm * p.norm);
  }

  /** Cosine of the loaded vector with `c` (0 when either has no length). */
  cosine(c: Centroid): number {
    return this.norm === 0 || c.norm === 0 ? 0 : this.dot(c) / (this.norm * c.norm);
  }

  /** Grows the array to every id in use (ids only grow between loads, never while a vector is loaded). */
  #fit(): void {
    if (this.ids.capacity <= this.#values.length) return;
    const size = Math.max(this.ids.capacity, this.#values.length * 2);
    this.#values = new Float64Array(size);
  }
}
