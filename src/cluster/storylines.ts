/**
 * Storylines (issue 13, item 5): a story that goes quiet and continues later — the preview, the summit, the
 * aftermath; a trial over weeks — is linked to the earlier story as one storyline, instead of stretching the
 * clustering window. This is a pure linking step after clustering: it compares a later story's summary (its key
 * names and title words, and its time span) with the summaries of stories that went quiet before it started.
 *
 * The rule (thresholds in {@link DEFAULT_STORYLINE_OPTIONS}, documented in docs/clustering.md "Storylines"):
 * - a candidate ended more than `minGapHours` (the clustering window: inside it the clusterer decides) and at most
 *   `horizonDays` before the later story began;
 * - both share at least `minSharedEntities` key names;
 * - the similarity of their key names (weight 0.7) and title words (0.3), each a cosine of the share of the story's
 *   articles naming a term times the term's rarity among the other stories in reach, is at least `threshold`;
 * - the best candidate wins (ties: the later-ending, then the smaller id), so the result is deterministic.
 */
import { articleTerms } from './features.js';
import { normaliseClusterOptions, type NormalisedClusterOptions } from './options.js';
import type { StreamArticle } from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Storyline options as a user gives them; every field is optional. */
export interface StorylineOptions {
  /** A later story continues an earlier one only when it began more than this many hours after the earlier one's last article (default 72, the clustering window). */
  readonly minGapHours?: number;
  /** …and at most this many days after it (default 30). */
  readonly horizonDays?: number;
  /** Lowest similarity (0–1) of the two stories' summaries (default 0.35). */
  readonly threshold?: number;
  /** Key names both stories must share (default 2). */
  readonly minSharedEntities?: number;
}

/** What the linking step works with: every option decided, times in milliseconds. */
export interface NormalisedStorylineOptions {
  readonly minGapMs: number;
  readonly horizonMs: number;
  readonly threshold: number;
  readonly minSharedEntities: number;
  /** Key names and title words kept per story (the most named). */
  readonly entityTerms: number;
  readonly titleTerms: number;
  /** Weight of the key names in the similarity (the title words have the rest). */
  readonly entityWeight: number;
}

/**
 * Defaults. A gap of one clustering window keeps the two steps apart (inside the window the clusterer joins or
 * separates stories; the storyline step never overrules it). 30 days covers a trial over weeks or a summit's
 * aftermath. Two shared names and 0.35 link the example story's preview and report chapters (0.7 and more) and keep
 * unrelated stories about the same country or person apart (under 0.2 in the tests).
 */
export const DEFAULT_STORYLINE_OPTIONS = {
  minGapHours: 72,
  horizonDays: 30,
  threshold: 0.35,
  minSharedEntities: 2,
} as const;

function check(name: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(
      `${name} must be a number from ${String(min)} to ${String(max)}, not ${String(value)}`,
    );
  }
  return value;
}

/** Fills in defaults and checks values; throws a `RangeError` with a user-facing message on a bad value. */
export function normaliseStorylineOptions(options: StorylineOptions = {}): NormalisedStorylineOptions {
  const d = DEFAULT_STORYLINE_OPTIONS;
  const minShared = check('minSharedEntities', options.minSharedEntities ?? d.minSharedEntities, 1, 1000);
  if (!Number.isInteger(minShared))
    throw new RangeError(`minSharedEntities must be a whole number, not ${String(minShared)}`);
  const minGapMs = check('minGapHours', options.minGapHours ?? d.minGapHours, 0, 1e6) * HOUR;
  const horizonMs = check('horizonDays', options.horizonDays ?? d.horizonDays, 0, 1e5) * DAY;
  if (horizonMs <= minGapMs)
    throw new RangeError('horizonDays must reach beyond minGapHours (the gap a storyline bridges)');
  return {
    minGapMs,
    horizonMs,
    threshold: check('threshold', options.threshold ?? d.threshold, 0, 1),
    minSharedEntities: minShared,
    entityTerms: 24,
    titleTerms: 16,
    entityWeight: 0.7,
  };
}

/** A story as the linking step sees it (plain data: the store keeps it as JSON). */
export interface StorySummary {
  readonly id: string;
  /** Earliest / latest article time, ms since the epoch; null when no article of the story has a time. */
  readonly first: number | null;
  readonly last: number | null;
  readonly articles: number;
  /** Key names (entity terms) → how many of the story's articles name them; the most named only. */
  readonly entities: Readonly<Record<string, number>>;
  /** Title words (stems) → how many of the story's titles hold them; the most frequent only. */
  readonly titleWords: Readonly<Record<string, number>>;
}

/** One article of a story as the summary counts it: the article (with its analysis's sentences) and its time. */
export interface StorylineArticle {
  readonly article: StreamArticle;
  /** ms since the epoch (the time the clusterer placed the article at); undefined when it has none. */
  readonly time: number | undefined;
}

let termOptions: NormalisedClusterOptions | undefined;

/** The most counted terms (ties by term), at most `n`, as a plain record. */
function top(counts: ReadonlyMap<string, number>, n: number): Record<string, number> {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(sorted.slice(0, n));
}

/**
 * A story's summary built article by article (stream mode keeps one per open story): the same as
 * {@link summariseStory} of all its articles.
 */
export class SummaryBuilder {
  readonly #entities = new Map<string, number>();
  readonly #titleWords = new Map<string, number>();
  #first: number | null = null;
  #last: number | null = null;
  #articles = 0;

  /** Counts one article's key names and title words and widens the time span. */
  add({ article, time }: StorylineArticle): void {
    termOptions ??= normaliseClusterOptions();
    const terms = articleTerms(article, termOptions);
    // read with forEach, in the same order: no key lists copied out of the maps
    const names = new Set<string>();
    terms.title.entities.forEach((_, term) => names.add(term));
    terms.body.entities.forEach((_, term) => names.add(term));
    names.forEach((term) => this.#entities.set(term, (this.#entities.get(term) ?? 0) + 1));
    terms.title.words.forEach((_, term) => this.#titleWords.set(term, (this.#titleWords.get(term) ?? 0) + 1));
    if (time !== undefined && Number.isFinite(time)) {
      this.#first = this.#first === null ? time : Math.min(this.#first, time);
      this.#last = this.#last === null ? time : Math.max(this.#last, time);
    }
    this.#articles++;
  }

  /** Takes in the counts of another story's builder (a merge) or summary (a story reopened from its summary). */
  absorb(other: SummaryBuilder | StorySummary): void {
    const [entities, titleWords, first, last, articles] =
      other instanceof SummaryBuilder
        ? [other.#entities, other.#titleWords, other.#first, other.#last, other.#articles]
        : [
            new Map(Object.entries(other.entities)),
            new Map(Object.entries(other.titleWords)),
            other.first,
            other.last,
            other.articles,
          ];
    for (const [term, n] of entities) this.#entities.set(term, (this.#entities.get(term) ?? 0) + n);
    for (const [term, n] of titleWords) this.#titleWords.set(term, (this.#titleWords.get(term) ?? 0) + n);
    if (first !== null) this.#first = this.#first === null ? first : Math.min(this.#first, first);
    if (last !== null) this.#last = this.#last === null ? last : Math.max(this.#last, last);
    this.#articles += articles;
  }

  summary(id: string, options: NormalisedStorylineOptions): StorySummary {
    return {
      id,
      first: this.#first,
      last: this.#last,
      articles: this.#articles,
      entities: top(this.#entities, options.entityTerms),
      titleWords: top(this.#titleWords, options.titleTerms),
    };
  }
}

/** The summary of a story from its articles: key names, title words, time span (pure). */
export function summariseStory(
  id: string,
  articles: readonly StorylineArticle[],
  options: NormalisedStorylineOptions,
): StorySummary {
  const builder = new SummaryBuilder();
  for (const article of articles) builder.add(article);
  return builder.summary(id, options);
}

/** A decision: the later story continues `story` (the earlier one), with this similarity. */
export interface Continuation {
  readonly story: string;
  readonly score: number;
}

/** True when `earlier` ended inside the span before `later` began that a storyline bridges. */
export function inReach(
  earlier: StorySummary,
  later: StorySummary,
  options: NormalisedStorylineOptions,
): boolean {
  if (earlier.last === null || later.first === null || earlier.id === later.id) return false;
  const gap = later.first - earlier.last;
  return gap > options.minGapMs && gap <= options.horizonMs;
}

/**
 * Rarity of each term for comparing `a` and `b`: ln(1 + N / (1 + the other stories of the pool naming it)), N the
 * size of the pool. The two compared do not count, so two stories alone are compared on their terms unweighted.
 */
/** How many stories of `pool` hold each term of `field`. */
type PoolCounts = Readonly<Record<'entities' | 'titleWords', ReadonlyMap<string, number>>>;

function poolCounts(pool: readonly StorySummary[]): PoolCounts {
  const count = (field: 'entities' | 'titleWords'): Map<string, number> => {
    const df = new Map<string, number>();
    for (const s of pool) for (const term of Object.keys(s[field])) df.set(term, (df.get(term) ?? 0) + 1);
    return df;
  };
  return { entities: count('entities'), titleWords: count('titleWords') };
}

/**
 * A term's rarity among the stories of the pool other than `a` and `b` (both in the pool): the pool's counts
 * once, less the two (the same as counting the others, without a pass over the pool per pair).
 */
function rarity(
  counts: PoolCounts,
  n: number,
  a: StorySummary,
  b: StorySummary,
  field: 'entities' | 'titleWords',
): (term: string) => number {
  const df = counts[field];
  return (term) => {
    const others = (df.get(term) ?? 0) - (term in a[field] ? 1 : 0) - (term in b[field] ? 1 : 0);
    return Math.log(1 + n / (1 + Math.max(0, others)));
  };
}

function cosine(
  a: StorySummary,
  b: StorySummary,
  field: 'entities' | 'titleWords',
  weight: (term: string) => number,
): number | undefined {
  const va = a[field];
  const vb = b[field];
  const value = (s: StorySummary, counts: Readonly<Record<string, number>>, t: string): number =>
    ((counts[t] ?? 0) / Math.max(1, s.articles)) * weight(t);
  let dot = 0;
  let na = 0;
  let nb = 0;
  // `for…in` visits the own keys in the order of `Object.keys` (the counts are plain objects) without a list of them
  for (const t in va) {
    const x = value(a, va, t);
    na += x * x;
    if (t in vb) dot += x * value(b, vb, t);
  }
  for (const t in vb) nb += value(b, vb, t) ** 2;
  if (na === 0 || nb === 0) return undefined;
  return dot / Math.sqrt(na * nb);
}

/** How many key names both stories share. */
export function sharedEntities(a: StorySummary, b: StorySummary): number {
  let shared = 0;
  // `for…in` over the plain counts: their own keys, without a list of them
  for (const t in a.entities) if (t in b.entities) shared++;
  return shared;
}

/**
 * The similarity of two summaries (0–1): the cosine of their key names (weight `entityWeight`) and of their title
 * words (the rest; when either has no title words, the names alone), terms weighted by their rarity among `pool`.
 */
export function storySimilarity(
  a: StorySummary,
  b: StorySummary,
  pool: readonly StorySummary[],
  options: NormalisedStorylineOptions,
): number {
  const members = pool.includes(a) && pool.includes(b) ? pool : [...pool, a, b].filter(unique);
  return similarityIn(a, b, poolCounts(members), pool.length, options);
}

function unique<T>(x: T, i: number, all: readonly T[]): boolean {
  return all.indexOf(x) === i;
}

/** {@link storySimilarity} with the pool's counts made already (`n`: the pool's size). */
function similarityIn(
  a: StorySummary,
  b: StorySummary,
  counts: PoolCounts,
  n: number,
  options: NormalisedStorylineOptions,
): number {
  const names = cosine(a, b, 'entities', rarity(counts, n, a, b, 'entities')) ?? 0;
  const titles = cosine(a, b, 'titleWords', rarity(counts, n, a, b, 'titleWords'));
  return titles === undefined ? names : options.entityWeight * names + (1 - options.entityWeight) * titles;
}

/**
 * Whether `later` continues one of `earlier` (any stories: those out of reach, or sharing no key name, are
 * ignored), and which: the most similar that shares enough key names and reaches the threshold; ties by the
 * later-ending, then the smaller id. Term rarity is counted over `later` and the stories in reach that share a key
 * name with it. Undefined when none does. Pure and deterministic.
 */
export function findContinuation(
  later: StorySummary,
  earlier: readonly StorySummary[],
  options: NormalisedStorylineOptions,
): Continuation | undefined {
  const reach = earlier.filter((e) => inReach(e, later, options) && sharedEntities(later, e) > 0);
  if (reach.length === 0) return undefined;
  const pool = [later, ...reach];
  const counts = poolCounts(pool);
  let best: { summary: StorySummary; score: number } | undefined;
  for (const candidate of reach) {
    if (sharedEntities(later, candidate) < options.minSharedEntities) continue;
    const score = similarityIn(later, candidate, counts, pool.length, options);
    if (score < options.threshold) continue;
    if (best === undefined || better(candidate, score, best.summary, best.score))
      best = { summary: candidate, score };
  }
  return best === undefined ? undefined : { story: best.summary.id, score: round(best.score) };
}

function better(a: StorySummary, score: number, b: StorySummary, bestScore: number): boolean {
  if (score !== bestScore) return score > bestScore;
  if (a.last !== b.last) return (a.last ?? -Infinity) > (b.last ?? -Infinity);
  return a.id < b.id;
}

function round(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}

/** A story's place in its storyline. */
export interface StorylineLink {
  /** The storyline's id: the id of its first story. */
  readonly storyline: string;
  /** The earlier story this one continues, with the similarity; absent for a storyline's first story. */
  readonly continues?: Continuation;
}

/**
 * Links a whole set of stories (a batch): each story, in order of its first article (ties by id), against the
 * stories before it ({@link findContinuation}; found through an index of their key names, so a long run does not
 * compare every pair). A story with no time starts its own storyline. Returns every story's link, by story id.
 */
export function linkStorylines(
  summaries: readonly StorySummary[],
  options: NormalisedStorylineOptions,
): Map<string, StorylineLink> {
  const time = (s: StorySummary): number => s.first ?? -Infinity;
  const ordered = [...summaries].sort(
    (a, b) => (time(a) === time(b) ? 0 : time(a) - time(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const links = new Map<string, StorylineLink>();
  const byName = new Map<string, StorySummary[]>();
  for (const summary of ordered) {
    const candidates = new Set<StorySummary>();
    for (const name of Object.keys(summary.entities)) {
      const posting = byName.get(name);
      if (posting === undefined) continue;
      // stories are taken in order of their first article: one that ended out of reach now stays out of it
      const live = posting.filter((e) => !expired(e, summary, options));
      byName.set(name, live);
      for (const e of live) candidates.add(e);
    }
    const continues = findContinuation(summary, [...candidates], options);
    const storyline =
      continues === undefined ? summary.id : (links.get(continues.story)?.storyline ?? continues.story);
    links.set(summary.id, continues === undefined ? { storyline } : { storyline, continues });
    if (summary.first === null) continue;
    for (const name of Object.keys(summary.entities)) {
      const posting = byName.get(name);
      if (posting === undefined) byName.set(name, [summary]);
      else posting.push(summary);
    }
  }
  return links;
}

/** True when `earlier` ended too long before `later` began for it or any story after `later` to continue it. */
function expired(earlier: StorySummary, later: StorySummary, options: NormalisedStorylineOptions): boolean {
  return earlier.last === null || (later.first !== null && later.first - earlier.last > options.horizonMs);
}
