import { dateInterval, impliedDays } from '../analyse/dates.js';
import { rulesFor } from '../lang/index.js';

/**
 * Milliseconds since the epoch of an ISO 8601 date at least as precise as a day; undefined when there is none or
 * it is less precise (`2019`, `2019-04` are intervals: see {@link placeArticle}).
 */
export function parseTime(published: string | undefined): number | undefined {
  const interval = dateInterval(published);
  if (interval?.precision !== 'day') return undefined;
  const ms = Date.parse(published?.trim() ?? '');
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * How an article's time was found: its own day-precise date (`published`); the days its text implies, inside its
 * month- or year-only date (`inferred`); the stream's time put inside that interval (`interval`); the latest time
 * seen, for an article without a date (`arrival`); `none` when there is nothing to go by (no date, and no dated
 * article before it).
 */
export type TimeSource = 'published' | 'inferred' | 'interval' | 'arrival' | 'none';

/** An article's time (ms since the epoch; undefined when its source is `none`) and how it was found. */
export interface PlacedTime {
  readonly time: number | undefined;
  readonly source: TimeSource;
}

const DAY_MS = 86_400_000;

/** The lower median of the values (sorted copy). */
function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * An article's time, given the latest time seen (`now`, -Infinity when none): its own date when it is day-precise;
 * for a month- or year-only date the reference day is `now` put inside the interval, and the article takes the
 * median of the days its weekday phrases point at (resolved against that reference, only those inside the
 * interval), else the reference itself; an article without a date takes `now`.
 */
export function placeArticle(
  article: { readonly published?: string | undefined; readonly text: string },
  language: string,
  now: number,
): PlacedTime {
  const interval = dateInterval(article.published);
  if (interval?.precision === 'day') {
    const own = parseTime(article.published);
    if (own !== undefined) return { time: own, source: 'published' };
  }
  const known = Number.isFinite(now);
  if (interval === undefined)
    return known ? { time: now, source: 'arrival' } : { time: undefined, source: 'none' };
  if (!known) return { time: undefined, source: 'none' };
  const lastDay = interval.end - DAY_MS;
  const reference = Math.min(Math.max(Math.floor(now / DAY_MS) * DAY_MS, interval.start), lastDay);
  const days = impliedDays(article.text, new Date(reference), rulesFor(language).compare.dates).filter(
    (day) => day >= interval.start && day < interval.end,
  );
  const inferred = median(days);
  return inferred !== undefined
    ? { time: inferred, source: 'inferred' }
    : { time: reference, source: 'interval' };
}

/**
 * The clock of a stream of articles: the latest article time seen. Articles may come out of order or undated; an
 * article's time is found by {@link placeArticle} against the latest time seen. The clock never goes back. The
 * clusterer keeps one; the stream path moves its own by the times the clusterer's assignments report, so both
 * agree on which stories have gone quiet.
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

  /** An article's time and how it was found ({@link placeArticle}); the clock moves up to it. */
  place(
    article: { readonly published?: string | undefined; readonly text: string },
    language: string,
  ): PlacedTime {
    return this.advance(placeArticle(article, language, this.#latest));
  }

  /** Moves the clock up to a time found elsewhere (a replayed assignment's). */
  advance(placed: PlacedTime): PlacedTime {
    if (placed.time !== undefined) this.#latest = Math.max(this.#latest, placed.time);
    return placed;
  }
}
