import type { TermCounts } from './terms.js';

/**
 * Document frequencies learnt online: how many of the articles seen so far hold each term. Bounded: when more
 * than `maxTerms` distinct terms are kept, the terms seen in one article only are dropped (deterministic; they
 * count as unseen afterwards, which is what they nearly are).
 */
/** A known term: its count, and the string that stands for it (one string object per term, see `canonical`). */
interface Entry {
  readonly term: string;
  count: number;
}

/** A term's weighing, filled in by {@link DocumentFrequencies.weigh}. */
export interface Weighing {
  term: string;
  idf: number;
}

export class DocumentFrequencies {
  readonly #counts = new Map<string, Entry>();
  #documents = 0;

  constructor(private readonly maxTerms: number) {}

  get documents(): number {
    return this.#documents;
  }

  get size(): number {
    return this.#counts.size;
  }

  /** Smoothed inverse document frequency: `ln((N + 1) / (df + 1)) + 1`, so unseen terms weigh most. */
  idf(term: string): number {
    return this.#idfOf(this.#counts.get(term)?.count ?? 0);
  }

  #idfOf(count: number): number {
    return Math.log((this.#documents + 1) / (count + 1)) + 1;
  }

  /**
   * The idf of `term` (one of a vector's terms: `raw`) and the one string object kept for it (the term itself when
   * unseen), written into `out` (no object per term). Vectors keyed by the same string objects compare keys by
   * identity, which makes sparse lookups cheaper.
   */
  weigh(raw: string, out: Weighing): Weighing {
    const entry = this.#counts.get(raw);
    out.term = entry?.term ?? raw;
    out.idf = this.#idfOf(entry?.count ?? 0);
    return out;
  }

  /** Counts one document holding every term of `terms` (each once). */
  add(terms: Iterable<string>): void {
    this.#documents++;
    for (const term of terms) {
      const entry = this.#counts.get(term);
      if (entry) entry.count++;
      else this.#counts.set(term, { term, count: 1 });
    }
    if (this.#counts.size > this.maxTerms) this.#prune();
  }

  /** Drops the terms of the lowest counts until at most ¾ of `maxTerms` are left (so pruning is rare). */
  #prune(): void {
    const histogram = new Map<number, number>();
    for (const { count } of this.#counts.values()) histogram.set(count, (histogram.get(count) ?? 0) + 1);
    const excess = this.#counts.size - Math.floor(this.maxTerms * 0.75);
    let cut = 0;
    let dropped = 0;
    for (const [count, terms] of [...histogram].sort((a, b) => a[0] - b[0])) {
      if (dropped >= excess) break;
      cut = count;
      dropped += terms;
    }
    for (const [term, { count }] of this.#counts) if (count <= cut) this.#counts.delete(term);
  }
}

/** Terms of several count maps, each once. */
export function distinctTerms(...maps: readonly TermCounts[]): Set<string> {
  const out = new Set<string>();
  for (const map of maps) for (const term of map.keys()) out.add(term);
  return out;
}
