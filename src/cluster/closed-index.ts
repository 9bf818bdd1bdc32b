/**
 * The closed-story index (issue 13): a story that closes (quiet for longer than the window) leaves a compact record
 * here — its id, first and last time, headline, and the heaviest terms of each centroid with their weights — so an
 * article that comes late (its time before the stories it belongs with were closed: backfills, slow feeds,
 * re-crawls) can still find the story of its time and reopen it. The story itself (its members, its term ids) is
 * gone from memory; only the record stays.
 *
 * Bounded two ways: a record is forgotten once the stream's clock is more than `lateMs` past the story's last
 * article (an article later than that starts a story of its own), and at most `maxRecords` are kept (beyond that
 * the one closed longest ago goes first). Records are found by term through an inverted index of their heaviest
 * terms ({@link INDEXED_TERMS} per signal), as open stories are.
 */
import type { Centroid } from './centroid.js';
import type { Signals } from './features.js';
import { InvertedIndex } from './inverted-index.js';
import type { NormalisedClusterOptions } from './options.js';
import { reachGap, withinReach } from './reach.js';
import { scriptOf } from '../lang/index.js';
import {
  decay,
  namesDecide,
  pairWeights,
  SIGNALS,
  titlesMeet,
  wordsMeet,
  type SignalName,
} from './scoring.js';
import type { Story } from './story.js';
import { byWeight, MAX_SIMILARITY, normOf, type Vector } from './vectors.js';

/** Terms of each centroid looked up by the index (the heaviest); the record scores with all it keeps. */
export const INDEXED_TERMS = 30;

/** One centroid kept: its heaviest terms, heaviest first, their weights and the norm over them. */
export interface KeptCentroid {
  readonly terms: readonly string[];
  readonly weights: Float64Array;
  readonly norm: number;
}

/** What is kept of a closed story. */
export interface ClosedRecord {
  readonly id: string;
  /** The story's place in the order stories were started (kept so a reopened story lists and ties as before). */
  readonly seq: number;
  readonly first: number;
  readonly last: number;
  readonly headline: string;
  readonly headlineScore: number;
  readonly languages: readonly string[];
  readonly centroids: Readonly<Record<SignalName, KeptCentroid>>;
}

function keep(centroid: Centroid, limit: number): KeptCentroid {
  const heaviest = [...centroid.entries()].sort(byWeight).slice(0, limit);
  // filled by index: `Float64Array.from` with a function reads the list through its iterator (objects per item)
  const weights = new Float64Array(heaviest.length);
  let sum = 0;
  for (let i = 0; i < heaviest.length; i++) {
    const w = (heaviest[i] as readonly [string, number])[1];
    weights[i] = w;
    sum += (weights[i] as number) * (weights[i] as number);
  }
  return { terms: heaviest.map(([term]) => term), weights, norm: Math.sqrt(sum) };
}

/** The record of a story that closes: its centroids cut to their `limit` heaviest terms. */
export function closedRecord(story: Story, limit: number): ClosedRecord {
  const centroids = {} as Record<SignalName, KeptCentroid>;
  for (const signal of SIGNALS) centroids[signal] = keep(story.centroids[signal], limit);
  return {
    id: story.id,
    seq: story.seq,
    first: story.first,
    last: story.last,
    headline: story.headline,
    headlineScore: story.headlineScore,
    languages: [...story.languages],
    centroids,
  };
}

/** A kept centroid as a vector (to put back into a reopened story's centroid). */
export function keptVector(kept: KeptCentroid): Vector {
  return new Map(kept.terms.map((term, i) => [term, kept.weights[i] ?? 0]));
}

function cosine(article: Vector, kept: KeptCentroid): number {
  let dot = 0;
  kept.terms.forEach((term, i) => {
    const w = article.get(term);
    if (w !== undefined) dot += w * (kept.weights[i] ?? 0);
  });
  const na = normOf(article);
  return na === 0 ? 0 : dot / (na * kept.norm);
}

/**
 * An article's similarity to a record: the weighted mean of the per-signal cosines over the signals both have, as
 * an article is scored against an open story (`articleToStory`; across scripts 0 without a shared name).
 */
export function recordSimilarity(
  article: Signals,
  record: ClosedRecord,
  options: NormalisedClusterOptions,
): number {
  const scripts = new Set(record.languages.map(scriptOf));
  const weights = pairWeights(
    options.weights,
    wordsMeet(article.script, scripts),
    titlesMeet(article.language, record.languages),
  );
  let sum = 0;
  let total = 0;
  for (const signal of SIGNALS) {
    if (weights[signal] === 0) continue;
    const kept = record.centroids[signal];
    const value = article[signal].size === 0 || kept.norm === 0 ? undefined : cosine(article[signal], kept);
    if (signal === 'entities' && !(value !== undefined && value > 0) && namesDecide(weights)) return 0;
    if (value === undefined) continue;
    sum += weights[signal] * value;
    total += weights[signal];
  }
  return total === 0 ? 0 : sum / total;
}

export interface ClosedHit {
  readonly record: ClosedRecord;
  readonly score: number;
}

export class ClosedIndex {
  readonly #options: NormalisedClusterOptions;
  /** Id → record, in the order they closed (a record closed again moves to the end). */
  readonly #records = new Map<string, ClosedRecord>();
  readonly #index = new InvertedIndex();
  /** The latest `last` of any record taken in: no record can be within reach of an article much later. */
  #latest = -Infinity;

  constructor(options: NormalisedClusterOptions) {
    this.#options = options;
  }

  /** Records held. */
  get size(): number {
    return this.#records.size;
  }

  /** Distinct (signal, term) postings of the index. */
  get postings(): number {
    return this.#index.size;
  }

  /** Takes in the record of a story that closed (replacing an earlier one of the same story). */
  add(record: ClosedRecord): void {
    this.#drop(record.id);
    this.#records.set(record.id, record);
    this.#latest = Math.max(this.#latest, record.last);
    for (const signal of SIGNALS) {
      this.#index.add(signal, record.centroids[signal].terms.slice(0, INDEXED_TERMS), record.id);
    }
    for (const oldest of this.#records.keys()) {
      if (this.#records.size <= this.#options.maxClosedStories) break;
      this.#drop(oldest);
    }
  }

  /** Forgets the records whose last article is before `time` (the stream's clock minus `lateMs`). */
  forgetBefore(time: number): void {
    for (const record of [...this.#records.values()]) if (record.last < time) this.#drop(record.id);
  }

  /** Takes a record out (its story is reopened); undefined when there is none (never closed, or forgotten). */
  take(id: string): ClosedRecord | undefined {
    const record = this.#records.get(id);
    if (record) this.#drop(id);
    return record;
  }

  /**
   * The record within reach of an article at `time` (see reach.ts) scoring highest with it, time decay included,
   * when that reaches `floor` (ties to the older story); undefined when none does. `query` (the article's terms to
   * look records up with) is asked for only when some record can be within reach.
   */
  closest(
    time: number | undefined,
    signals: Signals,
    query: () => Readonly<Record<SignalName, readonly string[]>>,
    floor: number,
  ): ClosedHit | undefined {
    const { windowMs, halfLifeMs, maxCandidates } = this.#options;
    if (time === undefined || this.#records.size === 0 || time - this.#latest > windowMs) return undefined;
    let best: ClosedRecord | undefined;
    let bestScore = -1;
    for (const id of this.#index.candidates(query(), maxCandidates)) {
      const record = this.#records.get(id);
      if (!record || !withinReach(time, record.first, record.last, windowMs)) continue;
      const fade = decay(reachGap(time, record.first, record.last), halfLifeMs);
      if (fade * MAX_SIMILARITY < Math.max(bestScore, floor)) continue;
      const score = recordSimilarity(signals, record, this.#options) * fade;
      if (score > bestScore || (score === bestScore && best !== undefined && record.seq < best.seq)) {
        best = record;
        bestScore = score;
      }
    }
    return best && bestScore >= floor ? { record: best, score: bestScore } : undefined;
  }

  #drop(id: string): void {
    const record = this.#records.get(id);
    if (!record) return;
    this.#records.delete(id);
    for (const signal of SIGNALS) {
      this.#index.remove(signal, record.centroids[signal].terms.slice(0, INDEXED_TERMS), id);
    }
  }
}
