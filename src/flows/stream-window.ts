/**
 * Rolling windows of the stream path: the repeated-line signal over recent articles, and unique ids over recent
 * ids. Both hold at most a fixed number of entries, so memory stays flat however long the stream runs.
 */
import { repeatKeys, type Line } from '../clean/index.js';
import { releaseId, uniqueId } from '../ingest/documents.js';
import { Fifo } from '../cluster/fifo.js';

/**
 * The short lines (`repeatKeys`: what the repeated-line rule compares) of each of the last `capacity` articles.
 * A line of a new article is furniture when it stood in at least one of them — the batch rule ("in two or more
 * of the articles") with the set being the window plus the new article. The first article to carry a line keeps
 * it; the repeats after it lose it.
 */
export class RollingRepeats {
  readonly #capacity: number;
  readonly #queue = new Fifo<readonly string[]>();
  readonly #count = new Map<string, number>();

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** Articles in the window. */
  get size(): number {
    return this.#queue.size;
  }

  /** The distinct short-line keys of a document's lines (what the repeated-line rule compares). */
  keysOf(lines: readonly Line[]): string[] {
    return [...repeatKeys(lines)];
  }

  /** The keys that stand in at least one article of the window. */
  seen(keys: readonly string[]): Set<string> {
    return new Set(keys.filter((key) => this.#count.has(key)));
  }

  /** Adds an article's keys; the oldest article leaves when the window is full. */
  push(keys: readonly string[]): void {
    this.#queue.push(keys);
    for (const key of keys) this.#count.set(key, (this.#count.get(key) ?? 0) + 1);
    while (this.#queue.size > this.#capacity) {
      for (const key of this.#queue.shift() ?? []) {
        const n = (this.#count.get(key) ?? 1) - 1;
        if (n > 0) this.#count.set(key, n);
        else this.#count.delete(key);
      }
    }
  }
}

/**
 * Unique ids among the last `capacity` ones: an id seen among them gets `-2`, `-3`, … as in batch mode. An id
 * seen longer ago is not renamed (the clusterer keeps the two apart by arrival).
 */
export class RecentIds {
  readonly #capacity: number;
  readonly #queue = new Fifo<string>();
  readonly #taken = new Set<string>();

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#taken.size;
  }

  unique(base: string): string {
    const id = uniqueId(base, this.#taken);
    this.#queue.push(id);
    while (this.#queue.size > this.#capacity) {
      const old = this.#queue.shift();
      if (old !== undefined) releaseId(old, this.#taken);
    }
    return id;
  }
}
