import type { PackedVector } from './packed.js';
import type { TermIds } from './term-ids.js';
import { byWeight, firstK, norm, type Vector } from './vectors.js';

/** A centroid's terms as two parallel arrays (id, weight), in the centroid's order: what dot products walk. */
export interface PackedTerms {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** Terms that entered a centroid and terms pruned from it by one change (a term can be in both). */
export interface TermChange {
  readonly added: readonly string[];
  readonly dropped: readonly string[];
}

/**
 * The sum of the vectors added to it, keeping at most `2 × limit` terms: when it grows past that, only the `limit`
 * heaviest stay. Terms are held by id (see {@link TermIds}); `norm` is kept current. A centroid that is done with
 * (its story closed or merged away) must be `release`d so its term ids can be reused.
 */
export class Centroid {
  readonly #weights = new Map<number, number>();
  #packed: PackedTerms | undefined;
  norm = 0;

  constructor(
    private readonly limit: number,
    private readonly ids: TermIds,
  ) {}

  /** Number of terms held. */
  get size(): number {
    return this.#weights.size;
  }

  /** Adds `v` times `scale`; returns the terms new to the centroid and those pruned. */
  add(v: Vector, scale = 1): TermChange {
    const added: string[] = [];
    for (const [term, w] of v) {
      const id = this.ids.idOf(term);
      const current = id === undefined ? undefined : this.#weights.get(id);
      if (current !== undefined) {
        this.#weights.set(id as number, current + w * scale);
        continue;
      }
      this.#weights.set(this.ids.acquire(term), w * scale);
      added.push(term);
    }
    return { added, dropped: this.#settle() };
  }

  /**
   * Adds a packed vector (its terms have ids already): the same as `add` of the vector it was packed from, without
   * looking its terms up; returns the terms new to the centroid and those pruned.
   */
  addPacked(p: PackedVector): TermChange {
    const added: string[] = [];
    const { ids, weights } = p;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      const w = weights[i] ?? 0;
      const current = this.#weights.get(id);
      if (current !== undefined) {
        this.#weights.set(id, current + w);
        continue;
      }
      this.ids.retain(id);
      this.#weights.set(id, w);
      added.push(this.ids.termOf(id));
    }
    return { added, dropped: this.#settle() };
  }

  /** Adds every term of `other` (a merge of two stories); returns the terms new to the centroid and those pruned. */
  absorb(other: Centroid): TermChange {
    const added: string[] = [];
    for (const [id, w] of other.#weights) {
      const current = this.#weights.get(id);
      if (current === undefined) {
        this.ids.retain(id);
        added.push(this.ids.termOf(id));
      }
      this.#weights.set(id, (current ?? 0) + w);
    }
    return { added, dropped: this.#settle() };
  }

  /** The terms held, in the centroid's order. */
  terms(): string[] {
    return [...this.#weights.keys()].map((id) => this.ids.termOf(id));
  }

  /**
   * The `k` heaviest terms, heaviest first (ties by term): what `topTerms` gives for the centroid's vector, found
   * on the packed arrays without a (term, weight) pair per term.
   */
  top(k: number): string[] {
    const { ids, weights } = this.packed();
    const term = (i: number): string => this.ids.termOf(ids[i] ?? -1);
    const heavierFirst = (a: number, b: number): number => {
      const d = (weights[b] ?? 0) - (weights[a] ?? 0);
      if (d !== 0) return d;
      const [x, y] = [term(a), term(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    };
    return firstK(ids.keys(), k, heavierFirst).map(term);
  }

  /** (term, weight) pairs in the centroid's order. */
  *entries(): Generator<readonly [string, number]> {
    for (const [id, w] of this.#weights) yield [this.ids.termOf(id), w];
  }

  /** The terms as arrays of ids and weights (made once per change). */
  packed(): PackedTerms {
    if (this.#packed) return this.#packed;
    const ids = new Int32Array(this.#weights.size);
    const weights = new Float64Array(this.#weights.size);
    let i = 0;
    for (const [id, w] of this.#weights) {
      ids[i] = id;
      weights[i++] = w;
    }
    this.#packed = { ids, weights };
    return this.#packed;
  }

  /** Gives every term id back (the centroid is empty afterwards). */
  release(): void {
    for (const id of this.#weights.keys()) this.ids.release(id);
    this.#weights.clear();
    this.#packed = undefined;
    this.norm = 0;
  }

  #settle(): string[] {
    const dropped = this.#weights.size > 2 * this.limit ? this.#prune() : [];
    this.norm = norm(this.#weights);
    this.#packed = undefined;
    return dropped;
  }

  #prune(): string[] {
    // made straight from the map (a copy of its pairs first was a second list and a pair per term)
    const sorted: (readonly [string, number, number])[] = [];
    this.#weights.forEach((w, id) => sorted.push([this.ids.termOf(id), w, id]));
    sorted.sort(byWeight);
    const dropped: string[] = [];
    for (const [term, , id] of sorted.slice(this.limit)) {
      this.#weights.delete(id);
      this.ids.release(id);
      dropped.push(term);
    }
    return dropped;
  }
}
