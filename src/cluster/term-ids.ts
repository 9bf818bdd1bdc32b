/**
 * Small integer ids for the terms held by story centroids, so that scoring can add up products through a dense
 * array instead of looking up strings (see `DenseProbe`). An id lives as long as some centroid holds its term:
 * centroids `acquire` a term when it enters them and `release` it when it leaves (pruned, story closed or merged
 * away); a released id is reused. Ids never decide anything: results depend on terms and weights alone, so two
 * clusterers that number terms differently assign the same stories.
 */
export class TermIds {
  readonly #ids = new Map<string, number>();
  readonly #terms: (string | undefined)[] = [];
  readonly #refs: number[] = [];
  readonly #free: number[] = [];

  /** The id of `term` while some centroid holds it; undefined otherwise (then no centroid can match it). */
  idOf(term: string): number | undefined {
    return this.#ids.get(term);
  }

  /** The term of a live id. */
  termOf(id: number): string {
    const term = this.#terms[id];
    if (term === undefined) throw new RangeError(`term id ${String(id)} is not in use`);
    return term;
  }

  /** Takes one more reference to `term`, numbering it when new; returns its id. */
  acquire(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#free.pop() ?? this.#terms.length;
      this.#ids.set(term, id);
      this.#terms[id] = term;
      this.#refs[id] = 0;
    }
    this.#refs[id] = (this.#refs[id] ?? 0) + 1;
    return id;
  }

  /** Takes one more reference to a live id (a centroid taking in a term another one holds). */
  retain(id: number): void {
    if (this.#terms[id] === undefined) throw new RangeError(`term id ${String(id)} is not in use`);
    this.#refs[id] = (this.#refs[id] ?? 0) + 1;
  }

  /** Gives back one reference; the id is freed with the last one. */
  release(id: number): void {
    const refs = (this.#refs[id] ?? 0) - 1;
    if (refs > 0) {
      this.#refs[id] = refs;
      return;
    }
    const term = this.#terms[id];
    if (term === undefined || refs < 0)
      throw new RangeError(`term id ${String(id)} released more than acquired`);
    this.#ids.delete(term);
    this.#terms[id] = undefined;
    this.#refs[id] = 0;
    this.#free.push(id);
  }

  /** Terms in use. */
  get size(): number {
    return this.#ids.size;
  }

  /** One more than the highest id ever given (the length a dense array over ids needs). */
  get capacity(): number {
    return this.#terms.length;
  }
}
