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

/**
 * One indexed story: its id, the postings it holds, and the hit counter `candidates` uses (valid while `round` is
 * the index's current round, so counters need no clearing between queries).
 */
interface Entry {
  readonly id: string;
  postings: number;
  hits: number;
  round: number;
}

/** The hit count of the `limit`-th story when stories are ranked by hits (`limit` < number of stories). */
function lowestTaken(hit: readonly Entry[], limit: number): number {
  const stories: number[] = [];
  for (const { hits } of hit) stories[hits] = (stories[hits] ?? 0) + 1;
  let taken = 0;
  for (let count = stories.length - 1; count > 0; count--) {
    taken += stories[count] ?? 0;
    if (taken >= limit) return count;
  }
  return 0;
}

/** Most hits first, then story id (a total, deterministic order). */
function byHits(a: Entry, b: Entry): number {
  return b.hits - a.hits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Term → stories holding it in their centroid, one table per signal (title and body share stems, so they are kept
 * apart). Candidates are the stories sharing the most query terms with an article.
 */
export class InvertedIndex {
  readonly #postings: Record<SignalName, Map<string, Set<Entry>>> = {
    title: new Map(),
    body: new Map(),
    entities: new Map(),
    numbers: new Map(),
  };
  /** Story id → its entry (the map's size is the number of indexed stories). */
  readonly #stories = new Map<string, Entry>();
  #round = 0;

  add(signal: SignalName, terms: Iterable<string>, story: string): void {
    const table = this.#postings[signal];
    let entry = this.#stories.get(story);
    for (const term of terms) {
      entry ??= this.#enter(story);
      const set = table.get(term);
      if (set) {
        const before = set.size;
        entry.postings += set.add(entry).size - before;
      } else {
        table.set(term, new Set([entry]));
        entry.postings++;
      }
    }
  }

  remove(signal: SignalName, terms: Iterable<string>, story: string): void {
    const table = this.#postings[signal];
    const entry = this.#stories.get(story);
    if (!entry) return;
    for (const term of terms) {
      const set = table.get(term);
      if (!set?.delete(entry)) continue;
      if (set.size === 0) table.delete(term);
      entry.postings--;
    }
    if (entry.postings <= 0) this.#stories.delete(story);
  }

  #enter(story: string): Entry {
    const entry: Entry = { id: story, postings: 0, hits: 0, round: -1 };
    this.#stories.set(story, entry);
    return entry;
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
    const round = ++this.#round;
    const hit: Entry[] = [];
    const common = Math.min(MAX_POSTING, Math.max(MIN_COMMON, this.#stories.size * COMMON_SHARE));
    for (const [signal, terms] of Object.entries(query) as [SignalName, readonly string[]][]) {
      const table = this.#postings[signal];
      for (const term of terms) {
        const set = table.get(term);
        if (!set || set.size > common) continue;
        for (const entry of set) {
          if (entry.round === round) entry.hits++;
          else {
            entry.round = round;
            entry.hits = 1;
            if (entry.id !== exclude) hit.push(entry);
          }
        }
      }
    }
    const lowest = limit < hit.length ? lowestTaken(hit, limit) : 0;
    const ranked = lowest > 0 ? hit.filter((entry) => entry.hits >= lowest) : hit;
    ranked.sort(byHits);
    return ranked.slice(0, limit).map((entry) => entry.id);
  }
}
