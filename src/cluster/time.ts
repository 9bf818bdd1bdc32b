/** A date at least as precise as a day: `2019-04-25`, `2019-04-25T10:00:00Z`, … */
const DAY_OR_BETTER = /^\d{4}-\d{2}-\d{2}/u;

/**
 * Milliseconds since the epoch of an ISO 8601 date; undefined when there is none or it is less precise than a day
 * (`2019` or `2019-04` says too little to place an article in a stream: such articles count as undated).
 */
export function parseTime(published: string | undefined): number | undefined {
  const value = published?.trim() ?? '';
  if (!DAY_OR_BETTER.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * The clock of a stream of articles: the latest article time seen. Articles may come out of order or undated; an
 * article's time is its own date, else the latest time seen (none before the first dated article). The clock
 * never goes back. The clusterer and the stream path each keep one (the stream path's tells which stories have
 * gone quiet), so both place an article at the same time by the same rule.
 */
export class StreamClock {
  #latest = -Infinity;

  /** The latest time seen, in ms since the epoch; -Infinity before the first dated article. */
  get now(): number {
    return this.#latest;
  }

  /** An article's time: its own date, else the latest seen (undefined before any); the clock moves up to it. */
  observe(published: string | undefined): number | undefined {
    const time = parseTime(published) ?? (Number.isFinite(this.#latest) ? this.#latest : undefined);
    if (time !== undefined) this.#latest = Math.max(this.#latest, time);
    return time;
  }
}
