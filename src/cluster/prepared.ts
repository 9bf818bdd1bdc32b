/**
 * What the clusterer reads of an article before it decides anything: its terms, its keys for duplicates and its
 * headline. None of it depends on the clusterer's state, so a store computes it before taking its write lock and
 * keeps it with the article (`packPrepared`), and another process replays the article from it without tokenising
 * the text again (`unpackPrepared`). Given to `add` or `replay`, it stands for the article's text exactly.
 */
import { articleKeys } from './duplicates.js';
import { articleTerms, hasContent, type ArticleTerms } from './features.js';
import type { NormalisedClusterOptions } from './options.js';
import { headlineOf } from './story.js';
import type { SignalCounts, TermCounts } from './terms.js';
import type { Assignment, Clusterer, StreamArticle } from './types.js';

export interface PreparedArticle {
  readonly terms: ArticleTerms;
  /** The keys for duplicates: the URL's and the text's ('' for none; see duplicates.ts). */
  readonly keys: readonly [string, string];
  readonly headline: string;
}

/** A clusterer that prepares articles (the online clusterer): `add` and `replay` take what `prepare` made. */
export interface PreparingClusterer extends Clusterer {
  /** What `add` and `replay` read of the article, worked out apart from the clusterer's state. */
  prepare(article: StreamArticle): PreparedArticle;
  /** `Clusterer.add`, with `prepare(article)`'s result when given (the same assignment). */
  add(article: StreamArticle, prepared?: PreparedArticle): Assignment;
  /**
   * `Clusterer.replay`; with `prepared` (kept when the article was added, its assignment carrying its
   * `timeSource`) the article's text is not read.
   */
  replay(article: StreamArticle, assignment: Assignment, prepared?: PreparedArticle): void;
}

/** True when the clusterer prepares articles. */
export function isPreparing(clusterer: Clusterer): clusterer is PreparingClusterer {
  return typeof (clusterer as Partial<PreparingClusterer>).prepare === 'function';
}

/** The article's terms, keys and headline (throws for an article with neither title nor text, as `add` does). */
export function prepareArticle(article: StreamArticle, options: NormalisedClusterOptions): PreparedArticle {
  if (!hasContent(article)) throw new RangeError(`article "${article.id}" has neither a title nor text`);
  return {
    terms: articleTerms(article, options),
    keys: articleKeys(article),
    headline: headlineOf(article.title, article.text),
  };
}

type PackedCounts = readonly (readonly [string, number])[];
interface PackedSignals {
  readonly w: PackedCounts;
  readonly e: PackedCounts;
  readonly n: PackedCounts;
}
interface Packed {
  readonly l: string;
  readonly t: PackedSignals;
  readonly b: PackedSignals;
  readonly k: readonly [string, string];
  readonly h: string;
}

const packSignals = (s: SignalCounts): PackedSignals => ({
  w: [...s.words],
  e: [...s.entities],
  n: [...s.numbers],
});

/** The stored form (JSON; term counts as pairs in the order the article gave them, so weights sum alike). */
export function packPrepared(prepared: PreparedArticle): string {
  const { terms, keys, headline } = prepared;
  const packed: Packed = {
    l: terms.language,
    t: packSignals(terms.title),
    b: packSignals(terms.body),
    k: keys,
    h: headline,
  };
  return JSON.stringify(packed);
}

function counts(value: unknown): TermCounts {
  if (!Array.isArray(value)) throw new TypeError('prepared article: term counts are not a list');
  const out: TermCounts = new Map();
  for (const pair of value as unknown[]) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'number')
      throw new TypeError('prepared article: a term count is not [term, number]');
    out.set(pair[0], pair[1]);
  }
  return out;
}

function signals(value: unknown): SignalCounts {
  const s = (value ?? {}) as Partial<Record<keyof PackedSignals, unknown>>;
  return { words: counts(s.w), entities: counts(s.e), numbers: counts(s.n) };
}

/** The prepared article from its stored form (throws a TypeError for anything `packPrepared` did not make). */
export function unpackPrepared(json: string): PreparedArticle {
  const p = JSON.parse(json) as Partial<Record<keyof Packed, unknown>> | null;
  const keys = p?.k;
  if (
    typeof p?.l !== 'string' ||
    typeof p.h !== 'string' ||
    !Array.isArray(keys) ||
    typeof keys[0] !== 'string' ||
    typeof keys[1] !== 'string'
  )
    throw new TypeError('prepared article: not a stored prepared article');
  return {
    terms: { language: p.l, title: signals(p.t), body: signals(p.b) },
    keys: [keys[0], keys[1]],
    headline: p.h,
  };
}
