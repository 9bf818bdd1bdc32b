import type { SignalName } from './scoring.js';

/** Terms whose posting list is longer than this are too common to find candidates with; they are skipped. */
export const MAX_POSTING = 2000;
/**
 * Terms held by more than this share of the indexed stories are skipped too (like a document-frequency cut: they
 * tell stories apart little and cost the most), but only when the posting list is longer than `MIN_COMMON`, so a
 * small stream keeps every term.
 */
export const COMMON_SHARE = 0.2;
export const MIN_COMMON = 100;

/** The hit count of the `limit`-th story when stories are ranked by hits (`limit` < number of stories). */
function lowestTaken(hits: ReadonlyMap<string, Hits>, limit: number): number {
  const stories: number[] = [];
  for (const { count } of hits.values()) stories[count] = (stories[count] ?? 0) + 1;
  let taken = 0;
  for (let count = stories.length - 1; count > 0; count--) {
    taken += stories[count] ?? 0;
    if (taken >= limit) return count;
  }
  return 0;
}

/** Query terms a story shares (a counter object: one map lookup per posting, not two). */
interface Hits {
  count: number;
}

function atLeast(min: number): (entry: readonly [string, Hits]) => boolean {
  return (entry) => entry[1].count >= min;
}

/**
 * Term → stories holding it in their centroid, one table per signal (title and body share stems, so they are kept
 * apart). Candidates are the stories sharing the most query terms with an article.
 */
export class InvertedIndex {
  readonly #postings: Record<SignalName, Map<string, Set<string>>> = {
    title: new Map(),
    body: new Map(),
    entities: new Map(),
    numbers: new Map(),
  };
  /** Story → postings it holds (its size is the number of indexed stories). */
  readonly #stories = new Map<string, number>();

  add(signal: SignalName, terms: Iterable<string>, story: string): void {
    const table = this.#postings[signal];
    let added = 0;
    for (const term of terms) {
      const set = table.get(term);
      if (set) {
        const before = set.size;
        added += set.add(story).size - before;
      } else {
        table.set(term, new Set([story]));
        added++;
      }
    }
    this.#count(story, added);
  }

  remove(signal: SignalName, terms: Iterable<string>, story: string): void {
    const table = this.#postings[signal];
    let removed = 0;
    for (const term of terms) {
      const set = table.get(term);
      if (!set?.delete(story)) continue;
      if (set.size === 0) table.delete(term);
      removed++;
    }
    this.#count(story, -removed);
  }

  /** Adds `change` to the postings `story` holds (forgetting it at none). */
  #count(story: string, change: number): void {
    if (change === 0) return;
    const held = (this.#stories.get(story) ?? 0) + change;
    if (held <= 0) this.#stories.delete(story);
    else this.#stories.set(story, held);
  }

  /** Number of distinct (signal, term) postings; for tests and memory checks. */
  get size(): number {
    let n = 0;
    for (const table of Object.values(this.#postings)) n += table.size;
    return n;
  }

  /**
   * Up to `limit` stories sharing the most of the query terms (ties by story id), without `exclude`; terms that
   * are too common (see `COMMON_SHARE`) are not looked up. Only the stories that can be among the first `limit`
   * are sorted.
   */
  candidates(
    query: Readonly<Record<SignalName, readonly string[]>>,
    limit: number,
    exclude?: string,
  ): string[] {
    const hits = new Map<string, Hits>();
    const common = Math.min(MAX_POSTING, Math.max(MIN_COMMON, this.#stories.size * COMMON_SHARE));
    for (const [signal, terms] of Object.entries(query) as [SignalName, readonly string[]][]) {
      const table = this.#postings[signal];
      for (const term of terms) {
        const set = table.get(term);
        if (!set || set.size > common) continue;
        for (const story of set) {
          const hit = hits.get(story);
          if (hit) hit.count++;
          else hits.set(story, { count: 1 });
        }
      }
    }
    if (exclude !== undefined) hits.delete(exclude);
    const ranked = limit < hits.size ? [...hits].filter(atLeast(lowestTaken(hits, limit))) : [...hits];
    ranked.sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return ranked.slice(0, limit).map(([story]) => story);
  }
}
