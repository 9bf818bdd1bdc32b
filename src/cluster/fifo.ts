/**
 * A first-in, first-out queue over an array: `push` at the back, `peek` / `shift` at the front, each O(1). The
 * array is not shifted on every `shift` (O(n)); instead a start index moves and the consumed head is cut off once
 * it is longer than `compactAfter` and longer than the rest, so the array never holds more than about twice the
 * queue (plus `compactAfter`). A shifted slot is cleared at once, so what it held can be collected.
 *
 * Used by the stream path's rolling windows (src/flows/stream-window.ts); the clusterer's queue of held articles
 * is the same structure.
 */
export class Fifo<T> {
  readonly #compactAfter: number;
  #items: (T | undefined)[] = [];
  #start = 0;

  /** `compactAfter`: how long the consumed head may grow before it is cut off (default 1024). */
  constructor(compactAfter = 1024) {
    this.#compactAfter = compactAfter;
  }

  get size(): number {
    return this.#items.length - this.#start;
  }

  push(item: T): void {
    this.#items.push(item);
  }

  /** The oldest item, left in the queue (undefined when the queue is empty). */
  peek(): T | undefined {
    return this.size > 0 ? this.#items[this.#start] : undefined;
  }

  /** Takes the oldest item off the queue (undefined when the queue is empty). */
  shift(): T | undefined {
    if (this.size === 0) return undefined;
    const item = this.#items[this.#start];
    this.#items[this.#start] = undefined;
    this.#start++;
    if (this.#start > this.#compactAfter && this.#start * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#start);
      this.#start = 0;
    }
    return item;
  }
}
